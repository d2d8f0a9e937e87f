import http from "node:http"

export type RateResult = {
  name: string
  rate: number
  seconds: number
  sent: number
  ok: number
  errors: number
  /** The first error seen, for the log: a status code, a timeout or a socket error. */
  firstError?: string
  achievedRate: number
  p50: number
  p95: number
  p99: number
  max: number
  /** Answers by their x-cache header (the storefront's page cache: hit, stale, miss; "none" without one). */
  cache: Record<string, number>
}

export type Target = {
  name: string
  url: string
  headers?: Record<string, string>
  /** A cheap route of the same server, polled between rates to wait until it is idle again. */
  idleUrl?: string
}

const round = (value: number) => Math.round(value * 10) / 10

export function percentile(sorted: number[], fraction: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] : NaN
}

/**
 * Open-model load: request i leaves at start + i / rate whatever happened to the ones before, so a slow
 * server meets a growing queue instead of a politely waiting client (autocannon keeps N connections busy,
 * which slows the arrival rate down with the server). Latency counts from the scheduled time, so time
 * spent queued behind busy sockets is counted too (no coordinated omission). A request unanswered after
 * `timeoutMs` is an error.
 */
export async function fixedRate(
  targets: Target | Target[],
  { rate, seconds, timeoutMs = 5_000, maxSockets = 50, name }: { rate: number; seconds: number; timeoutMs?: number; maxSockets?: number; name?: string }
): Promise<RateResult & { byTarget: Map<string, number[]> }> {
  const list = Array.isArray(targets) ? targets : [targets]
  const agent = new http.Agent({ keepAlive: true, maxSockets })
  const times: number[] = []
  const byTarget = new Map<string, number[]>(list.map((target) => [target.name, []]))
  let ok = 0
  let errors = 0
  let firstError: string | undefined
  const cache: Record<string, number> = {}
  const total = Math.max(1, Math.round(rate * seconds))
  const started = performance.now()
  const pending: Promise<void>[] = []

  const fire = (index: number, scheduled: number) => {
    const target = list[index % list.length]
    return new Promise<void>((settle) => {
      let settled = false
      const resolve = () => {
        settled = true
        settle()
      }
      const fail = (reason: string) => {
        if (settled) return
        errors++
        firstError ??= `${target.name}: ${reason}`
        resolve()
      }
      const request = http.get(target.url, { agent, headers: target.headers }, (response) => {
        response.resume()
        response.on("end", () => {
          if (settled) return
          const ms = performance.now() - scheduled
          if ((response.statusCode ?? 0) >= 400) {
            return fail(`HTTP ${response.statusCode}`)
          }
          ok++
          const served = String(response.headers["x-cache"] ?? "none")
          cache[served] = (cache[served] ?? 0) + 1
          times.push(ms)
          byTarget.get(target.name)!.push(ms)
          resolve()
        })
        response.on("error", (error) => fail(error.message))
      })
      const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), Math.max(1, scheduled + timeoutMs - performance.now()))
      request.on("close", () => clearTimeout(timer))
      request.on("error", (error) => fail(error.message))
    })
  }

  for (let index = 0; index < total; index++) {
    const scheduled = started + (index * 1000) / rate
    const wait = scheduled - performance.now()
    if (wait > 1) {
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
    pending.push(fire(index, scheduled))
  }
  const sentSeconds = (performance.now() - started) / 1000
  await Promise.all(pending)
  agent.destroy()
  times.sort((a, b) => a - b)
  for (const list of byTarget.values()) list.sort((a, b) => a - b)
  return {
    name: name ?? list.map((target) => target.name).join(" + "),
    rate,
    seconds,
    sent: total,
    ok,
    errors,
    ...(firstError ? { firstError } : {}),
    achievedRate: round(total / sentSeconds),
    p50: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    p99: round(percentile(times, 0.99)),
    max: round(times.at(-1) ?? NaN),
    cache,
    byTarget,
  }
}

/** The highest rate whose p95 stayed within the budget with no errors, or undefined when none did. */
export function highestRateWithin(rows: Pick<RateResult, "rate" | "p95" | "errors">[], p95BudgetMs: number) {
  const passing = rows.filter((row) => row.errors === 0 && row.p95 <= p95BudgetMs).map((row) => row.rate)
  return passing.length ? Math.max(...passing) : undefined
}
