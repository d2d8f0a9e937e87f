import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from "prom-client"

/**
 * The backend's Prometheus metrics, on prom-client's default registry (one per
 * process: the request hook in instrumentation.ts and GET /metrics share it).
 * Labels are route patterns and status classes, never raw URLs or ids, so a
 * crawler cannot grow the series without bound.
 */
let created: ReturnType<typeof createBackendMetrics> | undefined

/** Where the gauges read from, set by whoever owns the thing measured (the load shedder, the event bus). */
const sources: { load?: () => { inFlight: number; waiting: number }; eventBacklog?: () => Promise<number | undefined> } = {}

export function measureLoad(read: () => { inFlight: number; waiting: number }) {
  sources.load = read
}

export function measureEventBacklog(read: () => Promise<number | undefined>) {
  sources.eventBacklog = read
}

function createBackendMetrics() {
  register.setDefaultLabels({ service: "backend" })
  // Memory, CPU, event-loop lag, garbage collection, open handles.
  collectDefaultMetrics()
  return {
    requests: new Histogram({
      name: "pasar_http_request_duration_seconds",
      help: "Time from a request's arrival to its answer, by method, Medusa route pattern and status class (503s of the load shedder included).",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
    checkouts: new Counter({
      name: "pasar_checkout_completions_total",
      help: "Cart completions by outcome: order, refused (stock, payment, cart), busy (the cart is locked), overloaded, error.",
      labelNames: ["outcome"] as const,
    }),
    admissionWait: new Histogram({
      name: "pasar_admission_wait_seconds",
      help: "How long requests waited for the load shedder to let them in (checkouts wait in line when the server is busy), by route pattern.",
      labelNames: ["route"] as const,
      buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8],
    }),
    inFlight: new Gauge({
      name: "pasar_requests_in_flight",
      help: "Requests being answered, weighted as the load shedder counts them.",
      collect() {
        if (sources.load) this.set(sources.load().inFlight)
      },
    }),
    waiting: new Gauge({
      name: "pasar_checkouts_waiting",
      help: "Checkouts waiting in line for the load shedder to let them in.",
      collect() {
        if (sources.load) this.set(sources.load().waiting)
      },
    }),
    eventBacklog: new Gauge({
      name: "pasar_event_bus_backlog",
      help: "Events waiting in the Redis event bus (waiting, prioritised and delayed jobs); 0 without Redis.",
      async collect() {
        this.set((await sources.eventBacklog?.()) ?? 0)
      },
    }),
  }
}

export const backendMetrics = () => (created ??= createBackendMetrics())

/** 2xx, 4xx…: one series per class, not per code. */
export const statusClass = (status: number) => `${Math.floor(status / 100)}xx`

/** A cart completion's outcome as its status tells it (the order itself is in the body). */
export function checkoutOutcome(status: number) {
  if (status === 200) return "order"
  if (status === 409) return "busy"
  if (status === 503) return "overloaded"
  if (status >= 400 && status < 500) return "refused"
  return "error"
}

export const CHECKOUT_ROUTE = "/store/carts/:id/complete"
