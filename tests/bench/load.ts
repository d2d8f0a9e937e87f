// npm run bench:load [-- --seconds S] [-- --soak-minutes N] [-- --no-caching] [-- --soak-only]: fixed-rate (open model) load on
// the Store API and the storefront at 10, 50 and 100 req/s beside a Node hello-world server and a static file
// served by Node (the ceilings), the same Store API load with MEDUSA_FF_CACHING=true and the Redis modules,
// and a soak at a moderate mixed rate with the backend's memory sampled.
import { spawn, type ChildProcess } from "node:child_process"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { readStackConfig, REPO_ROOT } from "../../scripts/stack/config.ts"
import { startStack, type RunningStack } from "../../scripts/stack/index.ts"
import { freeLauncherPorts } from "../support/launcher.ts"
import { freePort } from "../support/test-database.ts"
import { fixedRate, highestRateWithin, type RateResult, type Target } from "./fixed-rate.ts"
import { measure, type LoadResult } from "./http-load.ts"
import { isMain } from "./is-main.ts"
import { openHeapProbe } from "./backend-heap.ts"
import { processTreeRssMb } from "./process-memory.ts"
import { buildQueryMix } from "./search-queries.ts"

export const RATES = [10, 50, 100]
export const P95_BUDGET_MS = 200
const SOAK_RATE = 20
const SOAK_SAMPLE_SECONDS = 10
const SOAK_MAX_GROWTH = 0.1
const SOAK_WARM_UP_MINUTES = 3
const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379"

export type RateRow = Omit<RateResult, "byTarget"> & { target: string; skipped?: string }
export type TargetSummary = { target: string; rows: RateRow[]; highestRateWithinBudget: number | null }

const log = (message: string) => console.log(`[load] ${message}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const strip = ({ byTarget: _, ...row }: RateResult & { byTarget: unknown }, target: string): RateRow => ({ ...row, target })

/** The ceilings, in a process of their own so that the load generator does not share their event loop. */
async function startCeilings() {
  const [helloPort, staticPort] = [await freePort(), await freePort()]
  const code = `
    const http = require("node:http"), fs = require("node:fs")
    const file = process.env.STATIC_FILE
    http.createServer((req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("hello world")).listen(${helloPort}, "127.0.0.1")
    http.createServer((req, res) => { res.writeHead(200, { "content-type": "text/markdown; charset=utf-8" }); fs.createReadStream(file).pipe(res) }).listen(${staticPort}, "127.0.0.1", () => console.log("ready"))
  `
  const child: ChildProcess = spawn(process.execPath, ["-e", code], {
    env: { ...process.env, STATIC_FILE: path.join(REPO_ROOT, "README.md") },
    stdio: ["ignore", "pipe", "inherit"],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once("data", () => resolve())
    child.once("exit", (code) => reject(new Error(`the ceiling servers exited with ${code}`)))
  })
  return {
    hello: { name: "Node http hello world", url: `http://127.0.0.1:${helloPort}/` },
    staticFile: { name: "static file by Node (README.md, fs stream)", url: `http://127.0.0.1:${staticPort}/` },
    stop: () => child.kill(),
  }
}

/**
 * A fresh `npm start` of the bench's own. Medusa's cache for its store routes: "off" is what `npm start` does,
 * "memory" its MEDUSA_FF_CACHING=true, "redis" that with REDIS_URL and the Redis modules.
 */
export async function startBenchStack({ caching }: { caching: "memory" | "redis" | "off" }) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-bench-load-"))
  chmodSync(dataDir, 0o755)
  const env: NodeJS.ProcessEnv = { ...process.env, ...(await freeLauncherPorts()), PASAR_DATA_DIR: dataDir }
  const flag = process.env.MEDUSA_FF_CACHING
  if (caching === "redis") env.REDIS_URL = process.env.BENCH_REDIS_URL || process.env.REDIS_URL || DEFAULT_REDIS_URL
  else delete env.REDIS_URL
  // The backend inherits process.env: Medusa reads its feature flags there.
  process.env.MEDUSA_FF_CACHING = caching === "off" ? "false" : "true"
  try {
    const stack = await startStack(readStackConfig(env))
    return { stack, redisUrl: env.REDIS_URL, stop: async () => (await stack.stop(), rmSync(dataDir, { recursive: true, force: true })) }
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  } finally {
    if (flag === undefined) delete process.env.MEDUSA_FF_CACHING
    else process.env.MEDUSA_FF_CACHING = flag
  }
}

/** Store API and storefront requests a buyer makes, with real ids from this stack's demo data. */
async function targetsOf(stack: RunningStack) {
  const { backendUrl, storefrontUrl, publishableKey } = stack.info
  const headers = { "x-publishable-api-key": publishableKey }
  const { regions } = await (await fetch(`${backendUrl}/store/regions`, { headers })).json()
  const region = regions[0].id
  const { products } = await (await fetch(`${backendUrl}/store/products?limit=20&fields=handle&region_id=${region}`, { headers })).json()
  const handle = products[0].handle
  const queries = buildQueryMix(REPO_ROOT, 40).filter((query) => query.kind !== "misspelled")
  const idleUrl = `${backendUrl}/health`
  const store: Target[] = [
    { name: "store: product list (Medusa's GET /store/products?limit=24)", url: `${backendUrl}/store/products?limit=24&region_id=${region}`, headers, idleUrl },
    {
      name: "store: product by handle",
      url: `${backendUrl}/store/products?handle=${handle}&region_id=${region}&fields=${encodeURIComponent("*variants.calculated_price")}`,
      headers,
      idleUrl,
    },
    // One query per target keeps the URL fixed; the soak rotates through several.
    { name: "store: search", url: `${backendUrl}/store/search/products?${queries[0].params}`, headers, idleUrl },
  ]
  const gzip = { "accept-encoding": "gzip" }
  const storefront: Target[] = [
    { name: "storefront: home /", url: `${storefrontUrl}/`, headers: gzip },
    { name: "storefront: product page", url: `${storefrontUrl}/produk/${handle}`, headers: gzip },
  ]
  const searches: Target[] = queries
    .slice(0, 10)
    .map((query) => ({ name: "store: search", url: `${backendUrl}/store/search/products?${query.params}`, headers }))
  return { store, storefront, searches }
}

/** Mostly pages and single products, a product list and searches now and then: what browsing buyers ask for. */
function soakMix(targets: Awaited<ReturnType<typeof targetsOf>>) {
  const [list, byHandle] = targets.store
  const [home, product] = targets.storefront
  const mix = [home, product, byHandle, targets.searches[0], product, home, byHandle, targets.searches[1], product, list]
  return mix.map((target, index) => (target.name === "store: search" ? targets.searches[index % targets.searches.length] : target))
}

/** `npm run bench:load -- --soak-only`: the soak alone on a fresh stack, for a memory question without the sweeps. */
async function runSoakOnly(minutes: number) {
  const plain = await startBenchStack({ caching: "off" })
  try {
    const result = await soak(plain.stack, soakMix(await targetsOf(plain.stack)), { minutes })
    console.log(JSON.stringify({ bench: "soak", ...result }))
    return result
  } finally {
    await plain.stop()
  }
}

/**
 * Waits until the server is idle again (its health route answers within 250 ms three times running): after a
 * rate it could not keep up with, it still works off every request it accepted before the client gave up.
 */
async function settle(target: Target, maxSeconds = 180) {
  const url = target.idleUrl ?? target.url
  const deadline = Date.now() + maxSeconds * 1000
  let fastInARow = 0
  while (Date.now() < deadline && fastInARow < 3) {
    const started = performance.now()
    const ok = await fetch(url, { headers: target.headers, signal: AbortSignal.timeout(10_000) }).then(
      (response) => response.arrayBuffer().then(() => response.ok),
      () => false
    )
    fastInARow = ok && performance.now() - started < 250 ? fastInARow + 1 : 0
    await sleep(500)
  }
}

/** Each target at each rate, ascending, `seconds` per step, a settle in between. */
export async function rateSweep(targets: Target[], { rates = RATES, seconds }: { rates?: number[]; seconds: number }): Promise<TargetSummary[]> {
  const summaries: TargetSummary[] = []
  for (const target of targets) {
    // A few requests first: Medusa compiles its queries on first use.
    await fixedRate(target, { rate: 5, seconds: 1 })
    await settle(target)
    const rows: RateRow[] = []
    for (const rate of rates) {
      const below = rows.at(-1)
      if (below && below.errors > below.sent / 2) {
        // A server that failed half its requests at a lower rate only fails more at a higher one, and the work it
        // accepted and cannot answer in time keeps it busy long after the client gave up, spoiling the next target.
        rows.push({
          ...below,
          rate,
          sent: 0,
          ok: 0,
          errors: 0,
          firstError: undefined,
          achievedRate: 0,
          p50: NaN,
          p95: NaN,
          p99: NaN,
          max: NaN,
          cache: {},
          skipped: `not run: ${below.rate} req/s already failed`,
        })
        continue
      }
      const row = strip(await fixedRate(target, { rate, seconds }), target.name)
      log(
        `${target.name} at ${rate} req/s: p50 ${row.p50} / p95 ${row.p95} / p99 ${row.p99} ms, ${row.errors} errors of ${row.sent}${row.firstError ? ` (first: ${row.firstError})` : ""}`
      )
      rows.push(row)
      await settle(target)
    }
    summaries.push({ target: target.name, rows, highestRateWithinBudget: highestRateWithin(rows, P95_BUDGET_MS) ?? null })
  }
  return summaries
}

export type SoakResult = {
  minutes: number
  rate: number
  warmUpSeconds: number
  /** Seconds from the start of the measured minutes, after the warm-up. */
  samples: { atSeconds: number; rssMb: number; heapUsedMb?: number }[]
  rssAfterWarmUpMb: number
  rssEndMb: number
  growth: number
  maxGrowth: number
  /** Lowest heap in use sampled in the first and the last quarter of the measured minutes: what collections leave (null: no inspector). */
  heapLowStartMb: number | null
  heapLowEndMb: number | null
  sent: number
  errors: number
  firstError?: string
  p50: number
  p95: number
  p99: number
  passed: boolean
}

/**
 * A mixed fixed rate: first a warm-up at the same rate, long enough for V8's heap to reach its working
 * size (it lets garbage grow to a few times the live heap before a full collection, and the pages stay
 * resident after it: measured on the demo stack at 20 req/s, RSS climbs for about 3 minutes, then holds),
 * then `minutes` measured, the backend's resident memory sampled every 10 s. Passes with no errors and
 * < 10% RSS growth over the measured minutes. The heap's lows at both ends tell a leak from garbage.
 */
export async function soak(
  stack: RunningStack,
  targets: Target[],
  { minutes, rate = SOAK_RATE, warmUpMinutes = SOAK_WARM_UP_MINUTES }: { minutes: number; rate?: number; warmUpMinutes?: number }
): Promise<SoakResult> {
  const pid = stack.pids.backend
  if (!pid) throw new Error("the stack did not report the backend's process id")
  const warmUpSeconds = Math.round(warmUpMinutes * 60)
  log(`soak: warm-up, ${warmUpMinutes} min at ${rate} req/s (not measured)`)
  const warmUp = await fixedRate(targets, { rate, seconds: warmUpSeconds, name: "soak warm-up" })
  const heap = await openHeapProbe(pid)
  const samples: SoakResult["samples"] = []
  const started = performance.now()
  const sample = async () => {
    const entry: SoakResult["samples"][number] = { atSeconds: Math.round((performance.now() - started) / 1000), rssMb: processTreeRssMb(pid) }
    samples.push(entry)
    if (heap) entry.heapUsedMb = await heap.heapUsedMb()
  }
  await sample()
  const timer = setInterval(() => void sample(), SOAK_SAMPLE_SECONDS * 1000)
  log(`soak: ${minutes} min at ${rate} req/s over ${targets.length} requests in rotation, memory of pid ${pid} every ${SOAK_SAMPLE_SECONDS} s`)
  const result = await fixedRate(targets, { rate, seconds: minutes * 60, name: "soak mix" }).finally(() => clearInterval(timer))
  await sample()
  heap?.close()
  const lowestHeap = (entries: typeof samples) => (heap ? Math.min(...entries.map((entry) => entry.heapUsedMb ?? Infinity)) : null)
  const quarter = Math.max(1, Math.floor(samples.length / 4))
  const [heapLowStartMb, heapLowEndMb] = [lowestHeap(samples.slice(0, quarter)), lowestHeap(samples.slice(-quarter))]
  const [first, end] = [samples[0], samples.at(-1)!]
  const growth = Math.round(((end.rssMb - first.rssMb) / first.rssMb) * 1000) / 1000
  const errors = warmUp.errors + result.errors
  const passed = errors === 0 && growth < SOAK_MAX_GROWTH
  log(
    `soak: RSS ${first.rssMb} MB after warm-up -> ${end.rssMb} MB at the end (${(growth * 100).toFixed(1)}%), heap lows ${heapLowStartMb ?? "?"} -> ${heapLowEndMb ?? "?"} MB, ` +
      `${errors} errors of ${warmUp.sent + result.sent}: ${passed ? "pass" : "FAIL"}`
  )
  return {
    minutes,
    rate,
    warmUpSeconds,
    samples,
    rssAfterWarmUpMb: first.rssMb,
    rssEndMb: end.rssMb,
    growth,
    maxGrowth: SOAK_MAX_GROWTH,
    heapLowStartMb,
    heapLowEndMb,
    sent: warmUp.sent + result.sent,
    errors,
    ...(warmUp.firstError || result.firstError ? { firstError: warmUp.firstError ?? result.firstError } : {}),
    p50: result.p50,
    p95: result.p95,
    p99: result.p99,
    passed,
  }
}

export type LoadBenchResult = Awaited<ReturnType<typeof runLoad>>

/**
 * Ceilings, the fixed-rate sweep without caching, the soak on that same stack, then the Store API sweep again
 * on a stack with MEDUSA_FF_CACHING=true and Redis. Prints a table and a JSON line; returns the figures.
 */
export async function runLoad({
  seconds = 15,
  soakMinutes = 10,
  caching = true,
  ceilingSeconds = 5,
}: { seconds?: number; soakMinutes?: number; caching?: boolean; ceilingSeconds?: number } = {}) {
  const ceilings = await startCeilings()
  let ceilingRows: TargetSummary[]
  let ceilingThroughput: LoadResult[]
  try {
    log("ceilings: fixed rates, then as fast as 10 connections go")
    ceilingRows = await rateSweep([ceilings.hello, ceilings.staticFile], { seconds })
    ceilingThroughput = [
      await measure(ceilings.hello.name, ceilings.hello.url, { seconds: ceilingSeconds }),
      await measure(ceilings.staticFile.name, ceilings.staticFile.url, { seconds: ceilingSeconds }),
    ]
  } finally {
    ceilings.stop()
  }

  log("starting a stack without caching (in-memory modules, no Redis)")
  const plain = await startBenchStack({ caching: "off" })
  let uncached: TargetSummary[]
  let storefront: TargetSummary[]
  let plainListThroughput: LoadResult
  let soakResult: SoakResult | undefined
  try {
    const targets = await targetsOf(plain.stack)
    plainListThroughput = await measure(targets.store[0].name, targets.store[0].url, { headers: targets.store[0].headers, seconds: ceilingSeconds })
    await settle(targets.store[0])
    uncached = await rateSweep(targets.store, { seconds })
    storefront = await rateSweep(targets.storefront, { seconds })
    if (soakMinutes > 0) soakResult = await soak(plain.stack, soakMix(targets), { minutes: soakMinutes })
  } finally {
    await plain.stop()
  }

  let cached: TargetSummary[] | undefined
  let cachingSkipped: string | undefined
  if (caching) {
    log("starting a stack with MEDUSA_FF_CACHING=true and the Redis modules")
    try {
      const withCache = await startBenchStack({ caching: "redis" })
      try {
        const targets = await targetsOf(withCache.stack)
        cached = await rateSweep(targets.store, { seconds })
      } finally {
        await withCache.stop()
      }
    } catch (error) {
      cachingSkipped = `the cached stack did not run: ${error instanceof Error ? error.message : error}`
      log(cachingSkipped)
    }
  } else {
    cachingSkipped = "--no-caching"
  }

  const result = {
    bench: "load" as const,
    rates: RATES,
    secondsPerRate: seconds,
    p95BudgetMs: P95_BUDGET_MS,
    ceilings: ceilingRows,
    ceilingThroughput,
    plainListThroughput,
    uncached,
    storefront,
    ...(cached ? { cached } : {}),
    ...(cachingSkipped ? { cachingSkipped } : {}),
    ...(soakResult ? { soak: soakResult } : {}),
  }
  console.log(`\nFixed-rate load (open model), ${seconds} s per rate, latency from the scheduled send time\n`)
  console.log(rateTable(result))
  console.log(JSON.stringify(result))
  return result
}

/** Percentiles are of the answered requests: a rate with none answered prints a dash, not NaN. */
const percentileCell = (value: number) => (Number.isNaN(value) ? "—" : `${value}`)

/** One row per target and rate: what the report and `npm run bench:load` print. */
export function rateTable(result: Pick<LoadBenchResult, "ceilings" | "uncached" | "storefront" | "cached" | "p95BudgetMs">) {
  const lines = [
    `| request | req/s sent | p50 ms | p95 ms | p99 ms | errors | highest rate with p95 ≤ ${result.p95BudgetMs} ms |`,
    "|---|---:|---:|---:|---:|---:|---:|",
  ]
  const groups: [string, TargetSummary[]][] = [
    ["", result.ceilings],
    ["", result.uncached],
    [" (caching on)", result.cached ?? []],
    ["", result.storefront],
  ]
  for (const [suffix, summaries] of groups) {
    for (const summary of summaries) {
      summary.rows.forEach((row, index) => {
        const best = index === 0 ? (summary.highestRateWithinBudget === null ? "none" : `${summary.highestRateWithinBudget}`) : ""
        if (row.skipped) {
          lines.push(`| ${summary.target}${suffix} | ${row.rate} | ${row.skipped} | | | | ${best} |`)
          return
        }
        lines.push(
          `| ${summary.target}${suffix} | ${row.rate} | ${percentileCell(row.p50)} | ${percentileCell(row.p95)} | ${percentileCell(row.p99)} | ${row.errors}/${row.sent} | ${best} |`
        )
      })
    }
  }
  return lines.join("\n")
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      seconds: { type: "string", default: "15" },
      "soak-minutes": { type: "string", default: process.env.BENCH_SOAK_MINUTES ?? "10" },
      "no-caching": { type: "boolean", default: false },
      "soak-only": { type: "boolean", default: false },
    },
  })
  if (values["soak-only"]) await runSoakOnly(Number(values["soak-minutes"]))
  else await runLoad({ seconds: Number(values.seconds), soakMinutes: Number(values["soak-minutes"]), caching: !values["no-caching"] })
}
