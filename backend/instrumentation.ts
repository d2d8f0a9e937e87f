import { createLoadShedder } from "./src/lib/overload/load-shedder"
import { logStalls } from "./src/lib/overload/stall-log"
import { stopWhenOutputIsGone } from "./src/lib/process/stop-when-output-gone"
import { readBackendEnv } from "./src/lib/env"
import { backendMetrics, CHECKOUT_ROUTE, countUnansweredCheckout, measureEventBacklog, measureLoad, statusClass } from "./src/lib/metrics/backend-metrics"
import { eventBusBacklogReader } from "./src/lib/metrics/event-bus-backlog"
import { measureLockWaits } from "./src/lib/metrics/lock-waits"

type RequestHandler = (
  handle: () => Promise<void>,
  req: import("node:http").IncomingMessage,
  res: import("node:http").ServerResponse,
  handlerPath?: string
) => Promise<void>

/**
 * `medusa start` runs this before it creates its HTTP server. Its start
 * command passes every request through `traceRequestHandler` (the hook Medusa's
 * OpenTelemetry support uses) before Express and any middleware sees it: the
 * one place a request can be refused before it costs anything. A tracer set up
 * here first (Medusa's `registerOtel`) keeps working: it is called for every
 * request let in.
 */
export function register() {
  stopWhenOutputIsGone()
  const env = readBackendEnv(process.env)
  const shedder = createLoadShedder({ maxInFlight: env.MAX_REQUESTS_IN_FLIGHT, maxEventLoopDelayMs: env.MAX_EVENT_LOOP_DELAY_MS })
  // A pause long enough to keep a health probe waiting is worth a line in the log.
  logStalls(500)
  // The start command's own exports object: an ES import would give a copy whose assignment Medusa never reads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const startCommand: { traceRequestHandler?: RequestHandler } = require("@medusajs/medusa/commands/start")
  const traced = startCommand.traceRequestHandler
  const metrics = backendMetrics()
  measureLoad(() => ({ inFlight: shedder.inFlight(), waiting: shedder.waiting() }))
  if (env.REDIS_URL) measureEventBacklog(eventBusBacklogReader(env.REDIS_URL))
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  measureLockWaits(require("@medusajs/medusa/locking").default.service, metrics.lockWait)
  startCommand.traceRequestHandler = async (handle, req, res, handlerPath) => {
    // Timed from here, so a request refused or kept waiting by the shedder counts as it felt.
    const route = handlerPath ?? "unmatched"
    const stopTimer = metrics.requests.startTimer({ method: req.method ?? "GET", route })
    res.once("close", () => {
      stopTimer({ status: statusClass(res.statusCode) })
      // Checkouts that reached Medusa are counted with their answer's body (countCheckoutAnswers); this counts the rest.
      if (route === CHECKOUT_ROUTE && req.method === "POST") countUnansweredCheckout(res, res.statusCode)
    })
    const stopWait = metrics.admissionWait.startTimer({ route })
    const admitted = await shedder.admit(req, res)
    stopWait()
    if (!admitted) return
    return traced ? traced(handle, req, res, handlerPath) : handle()
  }
}
