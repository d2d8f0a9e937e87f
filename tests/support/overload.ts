import { readdirSync, readFileSync, readlinkSync } from "node:fs"
import { spawn } from "node:child_process"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import type { HealthProbeMessage, HealthSample } from "./health-probe.ts"

/** The process listening on a local TCP port (Linux /proc), or undefined. */
export function listeningPid(port: number): number | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0")
  const inodes = new Set<string>()
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/)
      // local address "IP:PORT", state 0A = LISTEN, inode in the tenth column
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A") inodes.add(fields[9])
    }
  }
  for (const pid of readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`)
        if (inodes.has(/^socket:\[(\d+)\]$/.exec(target)?.[1] ?? "")) return Number(pid)
      }
    } catch {
      // gone, or not ours to read
    }
  }
  return undefined
}

export type OverloadReport = {
  requests: number
  byStatus: Record<string, number>
  /** Requests with no answer within the client's limit. */
  unanswered: number
  slowestAnswerMs: number
  slowestRefusalMs: number
  /** 95th percentile of the time to a 503: what most refused clients waited. */
  refusalP95Ms: number
  refusalsRetryAfter: boolean
  /** The message of the first 503, as a client reads it. */
  refusalMessage?: string
  healthDuringMaxMs: number
  /** Median and 95th percentile of the probes during the load: the slowest one alone can be one pause. */
  healthDuringP50Ms: number
  healthDuringP95Ms: number
  healthAfterMaxMs: number
  peakRssMb: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Many clients asking at once for `seconds`: each sends its next request when
 * the last is answered (or after a short pause when refused: sooner than the
 * server's Retry-After asks, as impatient clients do). Meanwhile a probe asks
 * `healthUrl` four times a second, and keeps asking for `afterSeconds` once the
 * load stops; `pid`'s memory (with its children) is sampled throughout.
 */
/**
 * The same URL by the loopback address instead of the name "localhost". Each new
 * connection looks its host name up in libuv's pool of four threads; two hundred
 * clients connecting at once then wait seconds in line for their lookups (longer
 * where /etc/hosts has no ::1 and the question goes on to DNS), which measures the
 * machine's resolver, not the server. A load balancer probes an address too.
 */
function byAddress(url: string) {
  const parsed = new URL(url)
  if (parsed.hostname === "localhost") parsed.hostname = "127.0.0.1"
  return parsed.toString()
}

export async function overload(options: {
  url: string
  headers?: Record<string, string>
  clients: number
  seconds: number
  answerWithinMs: number
  healthUrl: string
  afterSeconds: number
  pid?: number
}): Promise<OverloadReport> {
  const report: OverloadReport = {
    requests: 0,
    byStatus: {},
    unanswered: 0,
    slowestAnswerMs: 0,
    slowestRefusalMs: 0,
    refusalP95Ms: 0,
    refusalsRetryAfter: true,
    healthDuringMaxMs: 0,
    healthDuringP50Ms: 0,
    healthDuringP95Ms: 0,
    healthAfterMaxMs: 0,
    peakRssMb: 0,
  }
  let endsAt = 0
  const refusalTimes: number[] = []
  const healthDuring: number[] = []
  const url = byAddress(options.url)

  async function client() {
    while (Date.now() < endsAt) {
      const started = performance.now()
      report.requests++
      try {
        const response = await fetch(url, { headers: options.headers, signal: AbortSignal.timeout(options.answerWithinMs) })
        const body = await response.text()
        const took = performance.now() - started
        report.byStatus[response.status] = (report.byStatus[response.status] ?? 0) + 1
        report.slowestAnswerMs = Math.max(report.slowestAnswerMs, took)
        if (response.status === 503) {
          refusalTimes.push(took)
          if (!response.headers.get("retry-after")) report.refusalsRetryAfter = false
          report.refusalMessage ??= body
          await sleep(250 + Math.random() * 500)
        }
      } catch {
        report.unanswered++
      }
    }
  }

  // The probe runs in a process of its own, as a load balancer's does.
  const probe = spawn(
    process.execPath,
    [
      "--experimental-strip-types",
      "--disable-warning=ExperimentalWarning",
      fileURLToPath(new URL("./health-probe.ts", import.meta.url)),
      byAddress(options.healthUrl),
      ...(options.pid ? [String(options.pid)] : []),
    ],
    { stdio: ["ignore", "pipe", "inherit"] }
  )
  let loadStartedAt = Infinity
  let loadEndedAt = Infinity
  let unansweredSince: number | undefined
  let probeWarm: () => void
  const firstProbeAnswered = new Promise<void>((resolve) => (probeWarm = resolve))
  const record = (sample: HealthSample) => {
    probeWarm()
    if (sample.startedAt < loadStartedAt) return
    if (sample.startedAt < loadEndedAt) {
      healthDuring.push(sample.tookMs)
      report.healthDuringMaxMs = Math.max(report.healthDuringMaxMs, sample.tookMs)
    } else report.healthAfterMaxMs = Math.max(report.healthAfterMaxMs, sample.tookMs)
    report.peakRssMb = Math.max(report.peakRssMb, sample.rssMb)
  }
  createInterface({ input: probe.stdout! }).on("line", (line) => {
    const message = JSON.parse(line) as HealthProbeMessage
    if ("asking" in message) unansweredSince = message.asking
    else {
      unansweredSince = undefined
      record(message)
    }
  })
  // The probe is already asking when the load comes, as a load balancer's is: its own start (a new
  // process loading its HTTP client on a CPU the load is about to fill) would otherwise count as the server's.
  await firstProbeAnswered
  loadStartedAt = Date.now()
  endsAt = loadStartedAt + options.seconds * 1000
  await Promise.all(Array.from({ length: options.clients }, client))
  loadEndedAt = Date.now()
  await sleep(options.afterSeconds * 1000)
  probe.kill()
  // A probe still waiting when the time is up counts as slow as it has been so far.
  if (unansweredSince !== undefined) record({ startedAt: unansweredSince, tookMs: Date.now() - unansweredSince, rssMb: 0 })
  refusalTimes.sort((a, b) => a - b)
  report.slowestRefusalMs = refusalTimes.at(-1) ?? 0
  report.refusalP95Ms = refusalTimes[Math.floor(refusalTimes.length * 0.95)] ?? 0
  healthDuring.sort((a, b) => a - b)
  report.healthDuringP50Ms = healthDuring[Math.floor(healthDuring.length * 0.5)] ?? 0
  report.healthDuringP95Ms = healthDuring[Math.floor(healthDuring.length * 0.95)] ?? 0
  for (const key of [
    "slowestAnswerMs",
    "slowestRefusalMs",
    "refusalP95Ms",
    "healthDuringMaxMs",
    "healthDuringP50Ms",
    "healthDuringP95Ms",
    "healthAfterMaxMs",
  ] as const) {
    report[key] = Math.round(report[key])
  }
  return report
}
