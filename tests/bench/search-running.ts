// npm run bench:search:running [-- path/to/stack.json]: the bench:search query mix (500 queries, one at a
// time after 30 warm-up) against a stack that is already running, e.g. to compare two backends that share
// one database. Prints p50/p95/p99 overall and per kind of query (typo-corrected ones apart).
import { readFileSync } from "node:fs"
import http from "node:http"
import path from "node:path"
import { buildQueryMix } from "./search-queries.ts"

const root = path.resolve(import.meta.dirname, "../..")
const stack = JSON.parse(readFileSync(process.argv[2] ?? path.join(root, ".data", "stack.json"), "utf8")) as { backendUrl: string; publishableKey: string }
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
const WARM_UP = 30

function get(url: string): Promise<{ ms: number; body: { corrected_q?: string | null } }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    http
      .get(url, { agent, headers: { "x-publishable-api-key": stack.publishableKey } }, (response) => {
        const chunks: Buffer[] = []
        response.on("data", (chunk: Buffer) => chunks.push(chunk))
        response.on("end", () => resolve({ ms: performance.now() - started, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) }))
      })
      .on("error", reject)
  })
}

const percentile = (times: number[], fraction: number) => {
  const sorted = [...times].sort((a, b) => a - b)
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] * 10) / 10
}

const mix = buildQueryMix(root, 500)
const url = `${stack.backendUrl}/store/search/products`
for (const query of mix.slice(0, WARM_UP)) await get(`${url}?${query.params}`)
const byKind: Record<string, number[]> = { all: [] }
for (const query of mix) {
  const { ms, body } = await get(`${url}?${query.params}`)
  byKind.all.push(ms)
  ;(byKind[body.corrected_q ? "typo-corrected" : query.kind] ??= []).push(ms)
}
agent.destroy()
console.log("| queries | n | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|")
for (const [kind, times] of Object.entries(byKind)) {
  console.log(`| ${kind} | ${times.length} | ${percentile(times, 0.5)} | ${percentile(times, 0.95)} | ${percentile(times, 0.99)} |`)
}
