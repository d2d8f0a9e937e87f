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
      help: "Cart completions by outcome (order, refused, busy: the cart is locked, overloaded, error) and, when refused, by reason (stock, payment, cart).",
      labelNames: ["outcome", "reason"] as const,
    }),
    admissionWait: new Histogram({
      name: "pasar_admission_wait_seconds",
      help: "How long requests waited for the load shedder to let them in (checkouts wait in line when the server is busy), by route pattern.",
      labelNames: ["route"] as const,
      buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8],
    }),
    lockWait: new Histogram({
      name: "pasar_lock_wait_seconds",
      help: "How long callers waited for one of Medusa's locks (a cart being completed, an order or a producer's part being changed), by outcome: acquired or refused (timed out).",
      labelNames: ["outcome"] as const,
      buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
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

export type CheckoutOutcome = { outcome: "order" | "refused" | "busy" | "overloaded" | "error"; reason: "" | "stock" | "payment" | "cart" }

/** Our refusal of a line the shelf cannot cover, and Medusa's reservation error as stock-error-handler.ts words it. */
const STOCK_REFUSAL = /^Stok '.*' (tinggal \d+|habis) \//
const PAYMENT_REFUSAL = /payment|pembayaran/i

/**
 * A cart completion's outcome from its answer. Medusa answers a refused
 * payment with a 200 holding the cart (`type: "cart"`), not the order; other
 * refusals are 4xx whose message tells stock from the rest.
 */
export function checkoutOutcome(status: number, body?: unknown): CheckoutOutcome {
  const answer = (body ?? {}) as { type?: unknown; message?: unknown }
  if (status === 200) return answer.type === "cart" ? { outcome: "refused", reason: "payment" } : { outcome: "order", reason: "" }
  if (status === 409) return { outcome: "busy", reason: "" }
  if (status === 503) return { outcome: "overloaded", reason: "" }
  if (status < 400 || status >= 500) return { outcome: "error", reason: "" }
  const message = typeof answer.message === "string" ? answer.message : ""
  if (STOCK_REFUSAL.test(message)) return { outcome: "refused", reason: "stock" }
  return { outcome: "refused", reason: PAYMENT_REFUSAL.test(message) ? "payment" : "cart" }
}

const COUNTED = Symbol("pasar.checkoutCounted")

/** Counts a checkout once, whichever of the two counters below sees its answer first. */
function countOnce(res: object, outcome: CheckoutOutcome) {
  const marked = res as Record<symbol, unknown>
  if (marked[COUNTED]) return
  marked[COUNTED] = true
  backendMetrics().checkouts.inc(outcome)
}

/**
 * Counts a checkout's answer as it is written (the route's and the error
 * handler's alike go through res.json), where its body can still be read.
 */
export function countCheckoutAnswers(_req: unknown, res: { statusCode: number; json: (body: unknown) => unknown }, next: () => void) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    countOnce(res, checkoutOutcome(res.statusCode, body))
    return json(body)
  }
  next()
}

/** A checkout answered before its route's middleware ran (the load shedder's 503), counted by its status alone. */
export function countUnansweredCheckout(res: object, status: number) {
  countOnce(res, checkoutOutcome(status))
}

export const CHECKOUT_ROUTE = "/store/carts/:id/complete"
