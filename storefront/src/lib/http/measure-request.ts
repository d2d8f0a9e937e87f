import { defineMiddleware } from "astro:middleware"
import { storefrontMetrics } from "../metrics.server"

const PAGE_CACHE_RESULTS = new Set(["hit", "stale", "miss"])

/** Times every answer and counts the page cache's hits and misses (the `x-cache` header the cache sets). */
export const measureRequest = defineMiddleware(async (context, next) => {
  const metrics = storefrontMetrics()
  const stopTimer = metrics.requests.startTimer({ method: context.request.method, route: context.routePattern || "unmatched" })
  let response: Response
  try {
    response = await next()
  } catch (error) {
    // Answered by the error page, in a pass of its own: counted here, as the failure it is.
    stopTimer({ status: "5xx", cache: "none" })
    throw error
  }
  const cache = response.headers.get("x-cache") ?? "none"
  stopTimer({ status: `${Math.floor(response.status / 100)}xx`, cache: PAGE_CACHE_RESULTS.has(cache) ? cache : "none" })
  if (PAGE_CACHE_RESULTS.has(cache)) metrics.pageCache.inc({ result: cache })
  return response
})
