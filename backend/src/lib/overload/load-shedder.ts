import type { IncomingMessage, ServerResponse } from "node:http"

export const BUSY_SERVER_MESSAGE = "Server sedang ramai. Coba lagi dalam beberapa detik."
export const BUSY_SERVER_RETRY_AFTER_SECONDS = 2

export type SheddingLimits = {
  /** Work being answered at once (in requests of up to a page of 25 rows) beyond which a new request is refused; 0: no limit. */
  maxInFlight: number
  /** Event-loop delay beyond which a new request is refused; 0: not watched. */
  maxEventLoopDelayMs: number
  /** How long a buyer's checkout may wait for a place before it is refused too. */
  longestWaitMs?: number
}

/**
 * Answered under any load. Probes: a load balancer must not take a busy server for a dead one.
 * The catalogue's changes (one indexed read): a storefront that cannot read them renders every
 * page instead of serving its cache, which is the last thing a busy backend needs.
 */
const ALWAYS_ANSWERED = /^\/(?:health|store\/catalogue-changes)(?:[/?]|$)/
/**
 * A buyer who pressed "Bayar" waits for a place, in the order they came, rather than
 * being turned away: refused completions retried at random let some buyers in a burst
 * be refused again and again while others got through. Browsing is still refused at once.
 */
const WAITS_IN_LINE = /^\/store\/carts\/[^/?]+\/complete(?:\?|$)/
/** Past this, a waiting buyer is answered 503 with Retry-After like any other refused request. */
const LONGEST_WAIT_MS = 8_000
/** A line longer than this is no longer a burst of buyers: whoever comes next is refused at once. */
const LONGEST_LINE = 200

const SAMPLE_EVERY_MS = 50
/** How long a measured delay counts: long enough to span a burst, short enough to admit again soon. */
const DELAY_MEMORY_MS = 500
const ADAPT_EVERY_MS = 100
const FEWEST_ADMITTED = 2
/** Rows of an ordinary page (the storefront asks for 24): a request for more weighs as several. */
const ROWS_PER_UNIT = 25

/**
 * What a request weighs in the in-flight count: one, or one per 25 rows its
 * `limit` asks for. A list of 100 products costs the server about four lists
 * of 24 (hydrating, pricing and serialising each row), and the event loop
 * runs each one's work in long chunks a health probe waits behind.
 */
export function requestWeight(url: string | undefined, most: number): number {
  const limit = Number(/[?&]limit=(\d{1,6})(?:&|$)/.exec(url ?? "")?.[1] ?? 0)
  return Math.max(1, Math.min(most, Math.ceil(limit / ROWS_PER_UNIT)))
}

/**
 * Measures how late the event loop runs a timer. A loop busy with more work
 * than the CPU can do runs every callback late, so the delay says "overloaded"
 * before memory or response times do. The worst delay of the last half second
 * counts, so one quiet tick in a storm does not let the storm back in.
 */
function watchEventLoopDelay(now: () => number) {
  let expectedAt = now() + SAMPLE_EVERY_MS
  let worst = 0
  let worstAt = -Infinity
  const timer = setInterval(() => {
    const late = Math.max(0, now() - expectedAt)
    if (late >= worst || now() - worstAt > DELAY_MEMORY_MS) {
      worst = late
      worstAt = now()
    }
    expectedAt = now() + SAMPLE_EVERY_MS
  }, SAMPLE_EVERY_MS)
  timer.unref()
  return {
    recentDelayMs() {
      // A loop blocked right now has not run the timer yet: how late it already is counts too.
      const pending = Math.max(0, now() - expectedAt)
      const remembered = now() - worstAt <= DELAY_MEMORY_MS ? worst : 0
      return Math.max(pending, remembered)
    },
    stop: () => clearInterval(timer),
  }
}

/**
 * Refuses work the server cannot finish in time. Without it, two hundred
 * clients asking for large product lists at once each got a share of one CPU
 * and none got an answer; memory grew with every queued request, and even
 * /health went unanswered. A refused request costs almost nothing and says
 * when to come back, so the requests let in still finish in seconds.
 */
export function createLoadShedder(limits: SheddingLimits, now: () => number = () => performance.now()) {
  let inFlight = 0
  const line: Array<{ weight: number; res: ServerResponse; until: number; enter: (admitted: boolean) => void }> = []
  let lineTimer: ReturnType<typeof setInterval> | undefined
  // Requests that arrive together are let in before the loop can fall behind: the number let in
  // at once halves each time it does (down to a few), and grows back one by one while it keeps up.
  let admitting = limits.maxInFlight
  const delay = limits.maxEventLoopDelayMs > 0 ? watchEventLoopDelay(now) : undefined
  const adapt =
    delay && limits.maxInFlight > 0
      ? setInterval(() => {
          const late = delay.recentDelayMs()
          if (late > limits.maxEventLoopDelayMs) admitting = Math.max(FEWEST_ADMITTED, Math.floor(Math.min(admitting, inFlight) / 2))
          else if (late < limits.maxEventLoopDelayMs / 2) admitting = Math.min(limits.maxInFlight, admitting + 1)
        }, ADAPT_EVERY_MS).unref()
      : undefined

  function overloaded(weight: number) {
    // A late loop with next to nothing in flight is not our load (start-up work, a job, another process
    // on the CPU): refusing then would turn away a lone buyer and free nothing.
    if (inFlight === 0) return false
    if (limits.maxInFlight > 0 && inFlight + weight > admitting) return true
    if (inFlight < FEWEST_ADMITTED) return false
    return delay !== undefined && delay.recentDelayMs() > limits.maxEventLoopDelayMs
  }

  function letIn(weight: number, res: ServerResponse) {
    inFlight += weight
    res.once("close", () => {
      inFlight -= weight
      moveLine()
    })
  }

  /** Lets in the buyers at the front of the line while there is room, and answers those who waited too long. */
  function moveLine() {
    while (line.length > 0 && !overloaded(line[0].weight)) {
      const first = line.shift()!
      letIn(first.weight, first.res)
      first.enter(true)
    }
    while (line.length > 0 && line[0].until <= now()) line.shift()!.enter(false)
    if (line.length === 0 && lineTimer) {
      clearInterval(lineTimer)
      lineTimer = undefined
    }
  }

  function waitInLine(req: IncomingMessage, res: ServerResponse, weight: number): Promise<boolean> {
    return new Promise((resolve) => {
      const place = {
        weight,
        res,
        until: now() + (limits.longestWaitMs ?? LONGEST_WAIT_MS),
        enter: (admitted: boolean) => {
          res.off("close", leave)
          if (!admitted) refuse(req, res)
          resolve(admitted)
        },
      }
      // A buyer who gave up (closed the tab, the proxy timed out) leaves the line.
      const leave = () => {
        line.splice(line.indexOf(place), 1)
        resolve(false)
      }
      res.once("close", leave)
      line.push(place)
      // The event loop catching up frees no place by itself: look again every few ticks.
      lineTimer ??= setInterval(moveLine, SAMPLE_EVERY_MS).unref()
    })
  }

  return {
    /**
     * Answers 503 and returns false when the request is refused; otherwise counts it until its answer
     * is sent. A buyer's checkout may wait for a place first: then the answer comes as a promise.
     */
    admit(req: IncomingMessage, res: ServerResponse): boolean | Promise<boolean> {
      if (ALWAYS_ANSWERED.test(req.url ?? "")) return true
      const weight = requestWeight(req.url, Math.max(1, limits.maxInFlight))
      // While buyers wait, the places that free up are theirs.
      if (overloaded(weight) || line.length > 0) {
        if (WAITS_IN_LINE.test(req.url ?? "") && line.length < LONGEST_LINE) return waitInLine(req, res, weight)
        refuse(req, res)
        return false
      }
      letIn(weight, res)
      return true
    },
    inFlight: () => inFlight,
    waiting: () => line.length,
    stop() {
      if (adapt) clearInterval(adapt)
      if (lineTimer) clearInterval(lineTimer)
      delay?.stop()
    },
  }
}

function refuse(req: IncomingMessage, res: ServerResponse) {
  // The body may still be arriving: close the connection after the answer rather than read it.
  const body = JSON.stringify({ type: "server_busy", message: BUSY_SERVER_MESSAGE })
  res.writeHead(503, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "retry-after": String(BUSY_SERVER_RETRY_AFTER_SECONDS),
    "cache-control": "no-store",
    ...(req.method === "GET" || req.method === "HEAD" ? {} : { connection: "close" }),
  })
  res.end(body)
}
