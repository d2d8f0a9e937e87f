import { parentPort, workerData } from "node:worker_threads"
import { processTreeRssMb } from "../bench/process-memory.ts"

/**
 * Asks a health URL four times a second and samples a process tree's memory,
 * on a thread of its own: a probe sharing its event loop with hundreds of load
 * clients would time their JSON parsing, not the server. Each sample goes to
 * the parent as { startedAt, tookMs, rssMb }, announced by { asking: startedAt }
 * so that a probe still unanswered when the parent ends the thread counts too.
 */
export type HealthSample = { startedAt: number; tookMs: number; rssMb: number }
export type HealthProbeMessage = HealthSample | { asking: number }

const { healthUrl, pid } = workerData as { healthUrl: string; pid?: number }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

for (;;) {
  const startedAt = Date.now()
  const started = performance.now()
  parentPort!.postMessage({ asking: startedAt })
  try {
    await (await fetch(healthUrl, { signal: AbortSignal.timeout(30_000) })).text()
  } catch {
    // Unanswered within 30 s: counted as 30 s.
  }
  const sample: HealthSample = { startedAt, tookMs: performance.now() - started, rssMb: pid ? processTreeRssMb(pid) : 0 }
  parentPort!.postMessage(sample)
  await sleep(250)
}
