import { processTreeRssMb } from "../bench/process-memory.ts"

/**
 * Asks a health URL four times a second and samples a process tree's memory,
 * in a process of its own, as a load balancer's probe runs: a probe sharing a
 * process with hundreds of load clients would also time that process's own
 * pauses, not the server. Run as `node health-probe.ts <url> [pid]`; prints one
 * JSON line per probe, announced by { asking: startedAt } so that a probe still
 * unanswered when the parent stops it counts too.
 */
export type HealthSample = { startedAt: number; tookMs: number; rssMb: number }
export type HealthProbeMessage = HealthSample | { asking: number }

const [healthUrl, pidArgument] = process.argv.slice(2)
const pid = pidArgument ? Number(pidArgument) : undefined
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const say = (message: HealthProbeMessage) => process.stdout.write(`${JSON.stringify(message)}\n`)

if (healthUrl) {
  for (;;) {
    const startedAt = Date.now()
    const started = performance.now()
    say({ asking: startedAt })
    try {
      await (await fetch(healthUrl, { signal: AbortSignal.timeout(30_000) })).text()
    } catch {
      // Unanswered within 30 s: counted as 30 s.
    }
    say({ startedAt, tookMs: performance.now() - started, rssMb: pid ? processTreeRssMb(pid) : 0 })
    await sleep(250)
  }
}
