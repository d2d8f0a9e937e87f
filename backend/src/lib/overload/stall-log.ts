import { PerformanceObserver } from "node:perf_hooks"

const GC_KINDS: Record<number, string> = { 1: "minor", 2: "major", 4: "incremental", 8: "weak callbacks" }

/**
 * Writes one line whenever the server stopped answering for long: a garbage
 * collection pause, or the event loop busy past `stallMs`. Under overload
 * these are what make a health probe wait, and the log says which it was.
 */
export function logStalls(stallMs: number, write: (line: string) => void = (line) => console.warn(line)) {
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration < stallMs / 2) continue
      const kind = GC_KINDS[(entry as { detail?: { kind?: number } }).detail?.kind ?? 0] ?? "other"
      write(
        `[runtime] garbage collection (${kind}) paused the server ${Math.round(entry.duration)} ms; heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB`
      )
    }
  })
  gc.observe({ entryTypes: ["gc"] })
  let expectedAt = performance.now() + 100
  const timer = setInterval(() => {
    const late = performance.now() - expectedAt
    if (late > stallMs) write(`[runtime] event loop stalled ${Math.round(late)} ms`)
    expectedAt = performance.now() + 100
  }, 100).unref()
  return () => {
    gc.disconnect()
    clearInterval(timer)
  }
}
