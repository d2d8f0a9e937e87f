// npm run bench:store-api [-- --seconds S] [-- --rates 20,50,100] [-- --shape npm-start|npm-start-cached|production]:
// Medusa's own GET /store/products as a third party (an app, a price comparison site) asks for it: every page of the
// list and every product by handle with its prices, at fixed rates (open model), with no catalogue change, one every
// 10 s and one every second (the traffic bench's mix: stock, an order, a price, stock, an approval). Three shapes:
// `npm start` as it runs (embedded PostgreSQL, one process, no cache), the same with MEDUSA_FF_CACHING=true (Medusa's
// cache in memory), and the production shape (production-shape.ts: PostgreSQL server, Redis, Medusa's cache in
// Redis, an API server and a worker apart).
// Target: the production shape at 50 req/s with no change, p95 ≤ 80 ms; refused requests (503) are reported.
import { parseArgs } from "node:util"
import type { RunningStack } from "../../scripts/stack/index.ts"
import { fixedRate, type RateResult, type Target } from "./fixed-rate.ts"
import { isMain } from "./is-main.ts"
import { startBenchStack } from "./load.ts"
import { startProductionShape } from "./production-shape.ts"
import { catalogueChanger, CHANGES, loadWhileChanging } from "./traffic.ts"

const PASS = { shape: "production", rate: 50, changes: "no change", p95Ms: 80 }

const log = (message: string) => console.log(`[store-api] ${message}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Shape = "npm-start" | "npm-start-cached" | "production"
const SHAPES: Shape[] = ["npm-start", "npm-start-cached", "production"]
type Row = Omit<RateResult, "byTarget"> & { shape: Shape; changes: string; changesMade: number }

async function startShape(shape: Shape) {
  if (shape === "production") return startProductionShape()
  const bench = await startBenchStack({ caching: shape === "npm-start" ? "off" : "memory" })
  return { stack: bench.stack, stop: bench.stop }
}

/** Every page of the product list (24 a page, as Medusa's default fields answer) and every product by handle with its prices. */
async function storeProductUrls(stack: RunningStack): Promise<Target[]> {
  const { backendUrl, publishableKey } = stack.info
  const headers = { "x-publishable-api-key": publishableKey }
  const { regions } = await (await fetch(`${backendUrl}/store/regions`, { headers })).json()
  const region = regions[0].id as string
  const handles: string[] = []
  for (let offset = 0; ; offset += 100) {
    const { products, count } = await (await fetch(`${backendUrl}/store/products?limit=100&offset=${offset}&fields=handle`, { headers })).json()
    handles.push(...(products as Array<{ handle: string }>).map((product) => product.handle))
    if (offset + 100 >= count) break
  }
  const lists = Array.from({ length: Math.ceil(handles.length / 24) }, (_, page) => ({
    name: `list page ${page + 1}`,
    url: `${backendUrl}/store/products?limit=24&offset=${page * 24}&region_id=${region}`,
  }))
  const byHandle = handles.map((handle) => ({
    name: handle,
    url: `${backendUrl}/store/products?handle=${handle}&region_id=${region}&fields=${encodeURIComponent("*variants.calculated_price")}`,
  }))
  return [...lists, ...byHandle].map((target) => ({ ...target, headers }))
}

/** The catalogue settles: the seed's queued events handled (by the worker, in the production shape). */
async function waitUntilSettled(stack: RunningStack) {
  const url = `${stack.info.backendUrl}/store/catalogue-changes`
  const headers = { "x-publishable-api-key": stack.info.publishableKey }
  let last = ""
  for (let quiet = 0; quiet < 5;) {
    await sleep(1_000)
    const now = await (await fetch(url, { headers })).text()
    quiet = now === last ? quiet + 1 : 0
    last = now
  }
}

async function measureShape(shape: Shape, { seconds, rates }: { seconds: number; rates: number[] }) {
  log(`starting the ${shape} shape`)
  const { stack, stop } = await startShape(shape)
  try {
    await waitUntilSettled(stack)
    const targets = await storeProductUrls(stack)
    log(`${targets.length} URLs; asking each once first`)
    for (const target of targets) await fetch(target.url, { headers: target.headers })
    const changer = await catalogueChanger(stack)
    const rows: Row[] = []
    for (const { name, everyMs } of CHANGES) {
      for (const rate of rates) {
        const { result, changesMade } = await loadWhileChanging(changer, everyMs, () => fixedRate(targets, { rate, seconds, timeoutMs: 10_000 }))
        const row: Row = { ...result, name: `${shape}, ${name} at ${rate} req/s`, shape, changes: name, changesMade }
        rows.push(row)
        log(`${row.name}: p50 ${row.p50} / p95 ${row.p95} / p99 ${row.p99} ms, ${row.errors} errors of ${row.sent}, ${row.changesMade} changes`)
        await sleep(2_000)
      }
    }
    return { urls: targets.length, rows }
  } finally {
    await stop()
  }
}

export type StoreApiResult = Awaited<ReturnType<typeof runStoreApi>>

export async function runStoreApi({ seconds = 20, rates = [20, 50, 100], shapes = SHAPES } = {}) {
  const measured = []
  for (const shape of shapes) measured.push({ shape, ...(await measureShape(shape, { seconds, rates })) })
  const rows = measured.flatMap((shape) => shape.rows)
  console.log(`\nMedusa's GET /store/products, ${measured[0]?.urls} URLs (list pages and products by handle), ${seconds} s per row, open model\n`)
  console.log("| shape | changes | rate | p50 ms | p95 ms | p99 ms | errors |")
  console.log("|---|---|---:|---:|---:|---:|---:|")
  for (const row of rows) console.log(`| ${row.shape} | ${row.changes} | ${row.rate} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors}/${row.sent} |`)
  const judged = rows.filter((row) => row.shape === PASS.shape && row.rate === PASS.rate && row.changes === PASS.changes)
  const passed = judged.length > 0 && judged.every((row) => row.p95 <= PASS.p95Ms)
  console.log(
    `\n${PASS.shape} shape at ${PASS.rate} req/s, ${PASS.changes}: ${judged.map((row) => `p95 ${row.p95} ms, ${row.errors} refused of ${row.sent}`).join("") || "not run"}: ${passed ? "PASS" : "NOT met"} (p95 ≤ ${PASS.p95Ms} ms)`
  )
  const result = { bench: "store-api" as const, seconds, rows, passed }
  console.log(JSON.stringify(result))
  return result
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: { seconds: { type: "string", default: "20" }, rates: { type: "string", default: "20,50,100" }, shape: { type: "string", multiple: true } },
  })
  await runStoreApi({
    seconds: Number(values.seconds),
    rates: values.rates.split(",").map(Number),
    shapes: (values.shape as Shape[] | undefined) ?? SHAPES,
  })
}
