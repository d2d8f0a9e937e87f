import autocannon from "autocannon"

export type LoadResult = { name: string; requestsPerSecond: number; p50: number; p95: number; p99: number; failed: number }

function percentile(sorted: number[], fraction: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] : NaN
}

/** A fixed-concurrency load on one URL with autocannon; every response time is kept, so p95 is exact (ms). */
export function measure(
  name: string,
  url: string,
  { headers = {}, seconds = 10, connections = 10 }: { headers?: Record<string, string>; seconds?: number; connections?: number } = {}
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const times: number[] = []
    let failed = 0
    const instance = autocannon({ url, headers, duration: seconds, connections }, (error, result) => {
      if (error) {
        return reject(error)
      }
      times.sort((a, b) => a - b)
      const round = (value: number) => Math.round(value * 10) / 10
      resolve({
        name,
        requestsPerSecond: round(result.requests.total / seconds),
        p50: round(percentile(times, 0.5)),
        p95: round(percentile(times, 0.95)),
        p99: round(percentile(times, 0.99)),
        failed: failed + result.errors,
      })
    })
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      times.push(responseTime)
      if (statusCode >= 400) {
        failed++
      }
    })
  })
}

export function table(rows: LoadResult[]) {
  const lines = ["| request | req/s | p50 ms | p95 ms | p99 ms | failed |", "|---|---:|---:|---:|---:|---:|"]
  for (const row of rows) {
    lines.push(`| ${row.name} | ${row.requestsPerSecond} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.failed} |`)
  }
  return lines.join("\n")
}
