import { collectDefaultMetrics, Counter, Histogram, register } from "prom-client"

/**
 * The storefront's Prometheus metrics, on prom-client's default registry (one
 * per process, read by /metrics). Labels are Astro's route patterns
 * (`/produk/[handle]`), never the address asked for.
 */
function createStorefrontMetrics() {
  register.setDefaultLabels({ service: "storefront" })
  collectDefaultMetrics()
  return {
    requests: new Histogram({
      name: "pasar_storefront_request_duration_seconds",
      help: "Time until the answer starts, by method, Astro route pattern, status class and page-cache result (hit, stale, miss, none).",
      labelNames: ["method", "route", "status", "cache"] as const,
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
    pageCache: new Counter({
      name: "pasar_page_cache_total",
      help: "Catalogue pages served from the page cache (hit), its previous copy while another request renders (stale), or rendered (miss).",
      labelNames: ["result"] as const,
    }),
  }
}

let created: ReturnType<typeof createStorefrontMetrics> | undefined
export const storefrontMetrics = () => (created ??= createStorefrontMetrics())
