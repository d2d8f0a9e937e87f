// npm run bench:search [-- --products N] [-- --queries Q]: grows the catalogue to N products on a
// throwaway database, then for PostgreSQL and (when its binary is installed) Meilisearch times a full
// reindex and Q sequential GET /store/search/products requests. Figures are comparable run to run:
// the same query mix (search-queries.ts), one request at a time over one keep-alive connection.
import type { ChildProcess } from "node:child_process"
import { chmodSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync } from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import {
  backendEnv,
  backendPaths,
  buildBackendIfStale,
  linkUploadsToDataDir,
  migrateIfNeeded,
  readPublishableKey,
  seedCatalogue,
  seedIfEmpty,
  startBackend,
  type BackendPaths,
} from "../../scripts/stack/backend.ts"
import { readStackConfig, type StackConfig } from "../../scripts/stack/config.ts"
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/stack/postgres.ts"
import { runToEnd, stopProcess, type Logs } from "../../scripts/stack/processes.ts"
import { loadOrCreateSecrets } from "../../scripts/stack/secrets.ts"
import { findMeilisearchBinary, startMeilisearch, type RunningMeilisearch } from "../../backend/integration-tests/search/meilisearch-server.ts"
import { cleanEnv, freeLauncherPorts } from "../support/launcher.ts"
import { isMain } from "./is-main.ts"
import { buildQueryMix, type BenchQuery } from "./search-queries.ts"

const WARM_UP = 30
const TARGET_P95_MS = { postgres: 30, meilisearch: 20 } as const
const INDEX_VISIBLE_TIMEOUT_MS = 30_000
const REQUEST_TIMEOUT_MS = 30_000

type Engine = keyof typeof TARGET_P95_MS
type Reindex = { provider: string; seconds: number; wallSeconds: number; indexed: number }
type EngineResult = {
  engine: Engine
  provider: string
  visibleProducts: number
  indexedProducts: number
  indexingSeconds: number
  reindexWallSeconds: number
  restartedToSeeIndex: boolean
  p50: number
  p95: number
  p99: number
  mean: number
  failed: number
  misspelled: { withHits: number; total: number }
  correctedQueries: number
  targetP95: number
}

let benchStarted = performance.now()
const elapsed = () => {
  const seconds = Math.round((performance.now() - benchStarted) / 1000)
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`
}
const step = (message: string) => console.log(`[${elapsed()}] ${message}`)
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

function percentile(sorted: number[], fraction: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] : NaN
}

// Keep-alive with a single socket: every request reuses one connection, so the figures hold no TCP handshakes.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })

function getJson(url: string, headers: Record<string, string>): Promise<{ status: number; body: any; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const request = http.get(url, { agent, headers, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = []
      response.on("data", (chunk: Buffer) => chunks.push(chunk))
      response.on("end", () => {
        const ms = performance.now() - started
        const text = Buffer.concat(chunks).toString("utf8")
        let body: unknown
        try {
          body = JSON.parse(text)
        } catch {
          body = text
        }
        resolve({ status: response.statusCode ?? 0, body, ms })
      })
      response.on("error", reject)
    })
    request.on("timeout", () => request.destroy(new Error(`no answer from ${url} within ${REQUEST_TIMEOUT_MS} ms`)))
    request.on("error", reject)
  })
}

async function countOf(url: string, headers: Record<string, string>) {
  const { status, body } = await getJson(url, headers)
  if (status !== 200 || typeof body?.count !== "number") {
    throw new Error(`GET ${url} answered ${status}: ${JSON.stringify(body).slice(0, 300)}`)
  }
  return body.count as number
}

/** Polls the search route until it counts `expected` products or the time is up; returns the last count. */
async function waitForIndexCount(searchUrl: string, headers: Record<string, string>, expected: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  let count = await countOf(searchUrl, headers)
  while (count !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    count = await countOf(searchUrl, headers)
  }
  return count
}

/** Runs the built reindex script through `medusa exec`; the script itself reports its time, engine and count. */
async function reindex(name: string, paths: BackendPaths, env: NodeJS.ProcessEnv, logs: Logs): Promise<Reindex> {
  const started = performance.now()
  await runToEnd(name, process.execPath, [paths.cli, "exec", "src/scripts/search-reindex.js"], { cwd: paths.serverDir, env }, logs)
  const wallSeconds = (performance.now() - started) / 1000
  const log = readFileSync(path.join(logs.dir, `${name}.log`), "utf8")
  const report = [...log.matchAll(/rebuilt on ([\w-]+) in ([\d.]+) s, (\d+) buyer-visible products/g)].at(-1)
  if (!report) {
    throw new Error(`the reindex did not report its result: see ${path.join(logs.dir, `${name}.log`)}`)
  }
  return { provider: report[1], seconds: Number(report[2]), wallSeconds, indexed: Number(report[3]) }
}

async function runQueries(searchUrl: string, headers: Record<string, string>, mix: BenchQuery[]) {
  for (const query of mix.slice(0, WARM_UP)) {
    await getJson(`${searchUrl}?${query.params}`, headers)
  }
  const times: number[] = []
  let failed = 0
  let misspelledWithHits = 0
  let misspelledTotal = 0
  let corrected = 0
  let firstFailure: string | undefined
  for (const query of mix) {
    const { status, body, ms } = await getJson(`${searchUrl}?${query.params}`, headers)
    times.push(ms)
    if (status !== 200) {
      failed++
      firstFailure ??= `${query.params} → ${status} ${JSON.stringify(body).slice(0, 200)}`
      continue
    }
    if (body.corrected_q) {
      corrected++
    }
    if (query.kind === "misspelled") {
      misspelledTotal++
      if (body.count > 0) {
        misspelledWithHits++
      }
    }
  }
  if (firstFailure) {
    step(`  ${failed} requests failed, the first: ${firstFailure}`)
  }
  times.sort((a, b) => a - b)
  return {
    p50: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    p99: round(percentile(times, 0.99)),
    mean: round(times.reduce((sum, ms) => sum + ms, 0) / times.length),
    failed,
    misspelled: { withHits: misspelledWithHits, total: misspelledTotal },
    correctedQueries: corrected,
  }
}

function buildHash(paths: BackendPaths) {
  const marker = path.join(paths.serverDir, ".source-hash")
  return existsSync(marker) ? readFileSync(marker, "utf8").trim() : undefined
}

function row(result: EngineResult) {
  const ratio = `${result.misspelled.withHits}/${result.misspelled.total} (${round((100 * result.misspelled.withHits) / Math.max(1, result.misspelled.total), 0)}%)`
  const verdict = result.p95 <= result.targetP95 ? "met" : "missed"
  return `| ${result.engine} | ${result.indexedProducts} | ${round(result.indexingSeconds)} | ${result.p50} | ${result.p95} | ${result.p99} | ${ratio} | ≤ ${result.targetP95} ms: ${verdict} |`
}

/** The data folder goes away with the run, so a failure shows the end of the log written last. */
function printLatestLog({ dir }: Logs) {
  const files = existsSync(dir) ? readdirSync(dir).map((name) => path.join(dir, name)) : []
  const latest = files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  if (latest) {
    const tail = readFileSync(latest, "utf8").trimEnd().split("\n").slice(-20).join("\n")
    console.error(`  last lines of ${path.basename(latest)}:\n${tail}`)
  }
}

// --- the run -----------------------------------------------------------------

export type SearchResult = Awaited<ReturnType<typeof runSearch>>

/** Grows a throwaway catalogue to `products`, then times reindex and `queries` searches per engine; prints and returns the figures. */
export async function runSearch({ products: totalProducts = 10_000, queries: totalQueries = 500 }: { products?: number; queries?: number } = {}) {
  benchStarted = performance.now()

  const dataDir = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-bench-search-"))
  chmodSync(dataDir, 0o755)
  const ports = await freeLauncherPorts()
  // No DATABASE_URL, Redis or Meilisearch of the caller's: the embedded PostgreSQL and the PostgreSQL engine first.
  const stackEnv = cleanEnv({ ...ports, PASAR_DATA_DIR: dataDir, HOST: "localhost" })
  delete stackEnv.MEILISEARCH_API_KEY
  const config: StackConfig = readStackConfig(stackEnv)
  const logs: Logs = { dir: path.join(dataDir, "logs"), echo: false }
  const paths = backendPaths(config.root)
  const staticDir = path.join(paths.serverDir, "static")
  // The build's static/ link is shared by every stack started from this checkout: put it back afterwards.
  // lstat, not exists: a link left dangling by another stack is still the state to restore.
  const previousStaticLink = lstatSync(staticDir, { throwIfNoEntry: false })?.isSymbolicLink() ? readlinkSync(staticDir) : undefined

  let postgres: RunningPostgres | undefined
  let backend: ChildProcess | undefined
  let meilisearch: RunningMeilisearch | undefined
  let cleaning: Promise<void> | undefined
  const cleanUp = () =>
    (cleaning ??= (async () => {
      agent.destroy()
      await stopProcess(backend)
      await meilisearch?.stop().catch((error) => console.error(`meilisearch did not stop cleanly: ${error}`))
      await postgres?.stop()
      const ours = path.join(dataDir, "uploads")
      if (previousStaticLink && lstatSync(staticDir, { throwIfNoEntry: false })?.isSymbolicLink() && readlinkSync(staticDir) === ours) {
        rmSync(staticDir)
        symlinkSync(previousStaticLink, staticDir, "dir")
      }
      rmSync(dataDir, { recursive: true, force: true })
    })())
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the backend, Meilisearch and PostgreSQL`)
      cleanUp().finally(() => process.exit(130))
    })
  }

  try {
    const secrets = loadOrCreateSecrets(config.dataDir)
    step(`Starting the embedded PostgreSQL on port ${config.postgresPort} (data in ${dataDir})`)
    postgres = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.postgresPort, password: secrets.postgresPassword })
    const env = backendEnv(config, secrets, postgres.databaseUrl)
    step("Building the backend (skipped when unchanged), migrating, loading the demo data")
    await buildBackendIfStale(paths, env, logs)
    const builtHash = buildHash(paths)
    linkUploadsToDataDir(paths, config.dataDir)
    await migrateIfNeeded(paths, env, logs)
    await seedIfEmpty(config, paths, env, logs)
    const publishableKey = await readPublishableKey(config, postgres.databaseUrl)
    if (!publishableKey) {
      throw new Error("the seed left no storefront publishable API key")
    }
    step(`Starting the backend on port ${config.backendPort}`)
    backend = await startBackend(config, paths, env, logs)
    const backendUrl = `http://${config.host}:${config.backendPort}`
    const headers = { "x-publishable-api-key": publishableKey }
    const searchUrl = `${backendUrl}/store/search/products`
    const restartBackend = async (withEnv: NodeJS.ProcessEnv) => {
      if (buildHash(paths) !== builtHash) {
        step("  warning: the backend was rebuilt by someone else during the run; the restart serves that build")
      }
      await stopProcess(backend)
      backend = await startBackend(config, paths, withEnv, logs)
    }

    step(`Growing the catalogue to ${totalProducts} products (seed with PASAR_SEED_PRODUCTS, curation included)`)
    const growStarted = performance.now()
    await seedCatalogue(config, paths, { ...env, PASAR_SEED_PRODUCTS: String(totalProducts) }, logs)
    const growSeconds = (performance.now() - growStarted) / 1000
    const visibleProducts = await countOf(`${backendUrl}/store/products?limit=1&fields=id`, headers)
    step(`Grew the catalogue in ${round(growSeconds)} s: ${visibleProducts} products visible to buyers`)

    const mix = buildQueryMix(config.root, totalQueries)
    const results: EngineResult[] = []

    const benchEngine = async (engine: Engine, engineEnv: NodeJS.ProcessEnv) => {
      step(`${engine}: full reindex`)
      const indexed = await reindex(`reindex-${engine}`, paths, engineEnv, logs)
      step(
        `${engine}: reindex on ${indexed.provider} took ${indexed.seconds} s (${round(indexed.wallSeconds)} s with medusa exec start-up), ${indexed.indexed} products`
      )
      if (indexed.indexed !== visibleProducts) {
        step(`  warning: the reindex counted ${indexed.indexed} products, the store lists ${visibleProducts}`)
      }
      let served = await waitForIndexCount(`${searchUrl}?limit=1`, headers, visibleProducts, INDEX_VISIBLE_TIMEOUT_MS)
      let restartedToSeeIndex = false
      if (served !== visibleProducts) {
        step(`  the running backend counts ${served} products, not ${visibleProducts}: restarting the backend`)
        await restartBackend(engineEnv)
        restartedToSeeIndex = true
        served = await waitForIndexCount(`${searchUrl}?limit=1`, headers, visibleProducts, INDEX_VISIBLE_TIMEOUT_MS)
        if (served !== visibleProducts) {
          step(`  warning: after a restart the search still counts ${served} products, not ${visibleProducts}`)
        }
      }
      step(`${engine}: ${WARM_UP} warm-up queries, then ${mix.length} measured, one at a time`)
      const figures = await runQueries(searchUrl, headers, mix)
      const result: EngineResult = {
        engine,
        provider: indexed.provider,
        visibleProducts,
        indexedProducts: served,
        indexingSeconds: indexed.seconds,
        reindexWallSeconds: round(indexed.wallSeconds),
        restartedToSeeIndex,
        ...figures,
        targetP95: TARGET_P95_MS[engine],
      }
      step(
        `${engine}: p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, misspelled with hits ${result.misspelled.withHits}/${result.misspelled.total}`
      )
      results.push(result)
    }

    await benchEngine("postgres", env)

    let meilisearchSkipped: string | undefined
    const found = findMeilisearchBinary()
    if ("missing" in found) {
      meilisearchSkipped = found.missing
      step(`Meilisearch skipped: ${meilisearchSkipped}`)
    } else {
      step("Starting Meilisearch, switching the backend to it (stop, migrate, start)")
      meilisearch = await startMeilisearch(found.binary)
      const meilisearchEnv = { ...env, MEILISEARCH_HOST: meilisearch.host, MEILISEARCH_API_KEY: meilisearch.apiKey }
      await stopProcess(backend)
      await runToEnd(
        "migrate-meilisearch",
        process.execPath,
        [paths.cli, "db:migrate", "--execute-safe-links", "--execute-safe-search"],
        { cwd: paths.serverDir, env: meilisearchEnv },
        logs
      )
      await restartBackend(meilisearchEnv)
      await benchEngine("meilisearch", meilisearchEnv)
    }

    const wholeRunSeconds = Math.round((performance.now() - benchStarted) / 1000)
    console.log(
      `\nGET /store/search/products, ${totalProducts} products requested (${visibleProducts} visible), ${mix.length} queries one at a time after ${WARM_UP} warm-up, grown in ${round(growSeconds)} s\n`
    )
    console.log("| engine | products | indexing s | p50 ms | p95 ms | p99 ms | misspelled with hits | p95 target |")
    console.log("|---|---:|---:|---:|---:|---:|---:|---|")
    for (const result of results) {
      console.log(row(result))
    }
    if (meilisearchSkipped) {
      console.log(`| meilisearch | skipped: ${meilisearchSkipped} | | | | | | ≤ ${TARGET_P95_MS.meilisearch} ms |`)
    }
    console.log(
      `\nTargets: p95 ≤ ${TARGET_P95_MS.meilisearch} ms on Meilisearch, ≤ ${TARGET_P95_MS.postgres} ms on PostgreSQL. Indexing s is the reindex script's own time; with medusa exec start-up: ${results.map((result) => `${result.engine} ${result.reindexWallSeconds} s`).join(", ")}.`
    )
    const result = {
      bench: "search" as const,
      products: totalProducts,
      visibleProducts,
      queries: mix.length,
      warmUp: WARM_UP,
      growSeconds: round(growSeconds),
      wholeRunSeconds,
      engines: results,
      ...(meilisearchSkipped ? { meilisearchSkipped } : {}),
    }
    console.log(JSON.stringify(result))
    return result
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : error}`)
    printLatestLog(logs)
    throw error
  } finally {
    await cleanUp()
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { products: { type: "string", default: "10000" }, queries: { type: "string", default: "500" } } })
  const totalProducts = Number(values.products)
  const totalQueries = Number(values.queries)
  for (const [flag, value] of [
    ["--products", totalProducts],
    ["--queries", totalQueries],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      console.error(`✖ ${flag} ${flag === "--products" ? values.products : values.queries} is not a positive whole number.`)
      process.exit(1)
    }
  }
  await runSearch({ products: totalProducts, queries: totalQueries }).catch(() => {
    process.exitCode = 1
  })
}
