import { STOREFRONT_PAGE_CACHE } from "astro:env/server"
import { defineMiddleware } from "astro:middleware"
import { catalogueRevision } from "./lib/data/revision"
import { bodyWithinLimit } from "./lib/http/body-limit"
import { isCrossSiteSubmission } from "./lib/http/request-origin"
import { formOrigins } from "./lib/http/request-origin.server"
import { cachedPage, isCataloguePage, keepWhileServing, pageKey, servePage } from "./lib/page-cache.server"

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/

/**
 * Headers every response carries: no sniffing, no framing by other sites, no
 * full URLs leaked to them. Pages get Astro's fuller policy (astro.config.mjs,
 * with the hashes of their scripts); this one covers what Astro does not render
 * (endpoints, redirects), so nothing leaves without a policy.
 */
const SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  "x-frame-options": "DENY",
}

/**
 * The Node adapter sends responses uncompressed; on a slow phone connection
 * gzip cuts an HTML page to a fraction, so compress here with the platform's
 * own CompressionStream when the browser accepts it.
 */
function finish(response: Response, gzip: boolean): Response {
  // A copy: some responses (redirects) come with headers that cannot be changed.
  const headers = new Headers(response.headers)
  // Astro renders its error page (pages/500.astro) with 500 whatever the page sets; the page asks
  // to retry only when the backend was too busy, which is a 503.
  const status = response.status === 500 && headers.has("retry-after") ? 503 : response.status
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!headers.has(name)) {
      headers.set(name, value)
    }
  }
  const type = headers.get("content-type") ?? ""
  if (!response.body || headers.has("content-encoding") || !COMPRESSIBLE.test(type) || !gzip) {
    return new Response(response.body, { status, headers })
  }
  headers.set("content-encoding", "gzip")
  headers.append("vary", "accept-encoding")
  headers.delete("content-length")
  return new Response(response.body.pipeThrough(new CompressionStream("gzip")), { status, headers })
}

function marked(response: Response, cache: "hit" | "miss"): Response {
  response.headers.set("x-cache", cache)
  return response
}

/** Every form of the storefront fits in a few kilobytes; a bigger body is refused, counted as it streams in. */
const MAX_BODY_BYTES = 1024 * 1024

function tooLarge(context: { request: Request; currentLocale?: string }, gzip: boolean) {
  const message = context.currentLocale === "en" ? "Request too large: at most 1 MB." : "Permintaan terlalu besar: paling banyak 1 MB."
  return finish(new Response(message, { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } }), gzip)
}

function crossSite(context: { request: Request; currentLocale?: string }, gzip: boolean) {
  const message =
    context.currentLocale === "en" ? "Forms of this shop can only be sent from its own pages." : "Formulir toko ini hanya bisa dikirim dari halamannya sendiri."
  return finish(new Response(message, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } }), gzip)
}

/**
 * A form from another site is refused (403) and an oversized body (413), both
 * before any page reads the request. Then catalogue pages (the same for every
 * visitor) are served from the page cache while the backend's catalogue
 * revision stays the same, already compressed; everything else is rendered each
 * time. When the revision cannot be read the page is rendered, never served stale.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const gzip = /\bgzip\b/.test(context.request.headers.get("accept-encoding") ?? "")
  const { method, headers } = context.request
  if (method !== "GET" && method !== "HEAD" && isCrossSiteSubmission(method, headers, formOrigins(context))) {
    return crossSite(context, gzip)
  }
  // A declared length over the limit is refused unread (Node discards the body); a chunked one is counted.
  if (Number(headers.get("content-length") ?? 0) > MAX_BODY_BYTES || !(await bodyWithinLimit(context.request, MAX_BODY_BYTES))) {
    return tooLarge(context, gzip)
  }
  if (STOREFRONT_PAGE_CACHE === "off" || !isCataloguePage(context.request.method, context.url)) {
    return finish(await next(), gzip)
  }
  const revision = await catalogueRevision().catch(() => undefined)
  if (revision === undefined) {
    return finish(await next(), gzip)
  }
  const key = pageKey(context.url, gzip ? "gzip" : "identity")
  const hit = cachedPage(key, revision)
  if (hit) {
    return marked(servePage(hit), "hit")
  }
  return keepWhileServing(key, revision, marked(finish(await next(), gzip), "miss"))
})
