// npm run bench:traffic [-- --seconds S] [-- --rates 20,50,100]: buyers browsing every catalogue page of the demo
// seed (the storefront's sitemap, the listing and two searches) at a fixed rate (open model), with no catalogue
// change, one every 10 s and one every second (in turn: stock, an order placed, a price, stock, an approval), each
// beside the no-change run; then how long a revoked product's page takes to go. Pass: 50 req/s with a change every second,
// p95 ≤ 100 ms, no errors, the revoked product gone within 5 s.
import { parseArgs } from "node:util"
import type { RunningStack } from "../../scripts/stack/index.ts"
import { fixedRate, type RateResult, type Target } from "./fixed-rate.ts"
import { isMain } from "./is-main.ts"
import { coordinatorHeaders } from "../support/sign-in.ts"
import { startBenchStack } from "./load.ts"
import { storeCheckout } from "../../backend/integration-tests/store-checkout.ts"
import { fetchApi } from "../support/fetch-api.ts"

export const CHANGES = [
  { name: "no change", everyMs: 0 },
  { name: "a change every 10 s", everyMs: 10_000 },
  { name: "a change every second", everyMs: 1_000 },
]
const PASS = { rate: 50, everyMs: 1_000, p95Ms: 100, revokedWithinMs: 5_000 }

const log = (message: string) => console.log(`[traffic] ${message}`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Row = Omit<RateResult, "byTarget"> & { changes: string; changesMade: number }

/** Every page a buyer can reach from the sitemap, plus the listing and two searches. */
async function cataloguePages(storefrontUrl: string): Promise<string[]> {
  const sitemap = await (await fetch(`${storefrontUrl}/sitemap.xml`)).text()
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
  return [...pages, "/produk", "/cari?q=kopi", "/cari?q=gula+jawa"]
}

/** The coordinator's admin API, and what the changes work on: stock levels, and products waiting for approval. */
export async function catalogueChanger(stack: RunningStack) {
  const { backendUrl, accounts } = stack.info
  const headers = await coordinatorHeaders(backendUrl, accounts)
  const admin = async (path: string, body?: unknown) => {
    const response = await fetch(`${backendUrl}${path}`, body === undefined ? { headers } : { method: "POST", headers, body: JSON.stringify(body) })
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return response.json()
  }
  const { products } = await admin("/admin/products?limit=200&fields=id,handle,variants.id,variants.inventory_items.inventory_item_id")
  type Listed = { id: string; variants: Array<{ id: string; inventory_items?: Array<{ inventory_item_id: string }> }> }
  const shelves = (products as Listed[]).flatMap((product) => {
    const variant = product.variants[0]
    const itemId = variant?.inventory_items?.[0]?.inventory_item_id
    return variant && itemId ? [{ productId: product.id, variantId: variant.id, itemId }] : []
  })
  const { products: waiting } = await admin("/admin/curation/products?status=submitted&limit=200")
  // Only a product of an active producer can be approved.
  const toApprove: string[] = (waiting as Array<{ id: string; producer: { status: string } | null }>)
    .filter((product) => product.producer?.status === "active")
    .map((product) => product.id)
  const store = { headers: { "x-publishable-api-key": stack.info.publishableKey } }
  const api = fetchApi(backendUrl)
  const { data: regions } = await api.get("/store/regions", store)
  const checkout = storeCheckout(api, store, regions.regions[0].id)
  let made = 0

  const addUnit = async (shelf: (typeof shelves)[number]) => {
    const { inventory_levels } = await admin(`/admin/inventory-items/${shelf.itemId}/location-levels`)
    const level = inventory_levels[0] as { location_id: string; stocked_quantity: number }
    await admin(`/admin/inventory-items/${shelf.itemId}/location-levels/${level.location_id}`, { stocked_quantity: level.stocked_quantity + 1 })
  }
  const placeOrder = async (shelf: (typeof shelves)[number]) => {
    const cartId = await checkout.createCart([{ variant_id: shelf.variantId, quantity: 1 }], `pembeli-traffic-${made}@uji.test`)
    const answer = await checkout.complete(cartId)
    if (answer.status !== 200) throw new Error(`order: ${answer.status} ${JSON.stringify(answer.data)}`)
  }
  const newPrice = (shelf: (typeof shelves)[number]) =>
    admin(`/admin/products/${shelf.productId}/variants/${shelf.variantId}`, { prices: [{ amount: 10_000 + 500 * (made % 20), currency_code: "idr" }] })

  return {
    admin,
    made: () => made,
    /**
     * One change, in turn: a unit more on a shelf, an order placed, a new price, a unit more, and an
     * approval (while products wait for one; else another unit). Orders and stock touch the product's
     * pages, a price its lists too, an approval every list (hard).
     */
    async change() {
      made++
      const shelf = shelves[made % shelves.length]
      const turn = made % 5
      if (turn === 0 && toApprove.length) return void (await admin(`/admin/curation/products/${toApprove.pop()}/approve`, {}))
      if (turn === 2) return placeOrder(shelf)
      if (turn === 3) return void (await newPrice(shelf))
      await addUnit(shelf)
    },
  }
}

/** Runs a fixed-rate load while the changer makes a change every `everyMs` (none for 0); says how many it made. */
export async function loadWhileChanging(changer: Changer, everyMs: number, load: () => Promise<RateResult & { byTarget: unknown }>) {
  const before = changer.made()
  let changing = everyMs > 0
  const changes = (async () => {
    while (changing) {
      await sleep(everyMs)
      if (changing) await changer.change().catch((error) => log(`change failed: ${String(error)}`))
    }
  })()
  const { byTarget: _, ...result } = await load()
  changing = false
  await changes
  return { result, changesMade: changer.made() - before }
}

type Changer = Awaited<ReturnType<typeof catalogueChanger>>

/** Revokes a product whose page is cached, and measures how long until its page is gone (404). */
async function timeToRevoke(stack: RunningStack, changer: Changer) {
  const { products } = await changer.admin("/admin/curation/products?status=approved&limit=1")
  const product = products[0] as { id: string; handle: string }
  const page = `${stack.info.storefrontUrl}/produk/${product.handle}`
  await fetch(page)
  const cachedBefore = (await fetch(page)).headers.get("x-cache")
  const started = performance.now()
  await changer.admin(`/admin/curation/products/${product.id}/revoke`, { reason: "Uji kecepatan pencabutan" })
  while ((await fetch(page)).status !== 404) {
    if (performance.now() - started > 30_000) return { handle: product.handle, cachedBefore, goneAfterMs: Infinity }
    await sleep(50)
  }
  return { handle: product.handle, cachedBefore, goneAfterMs: Math.round(performance.now() - started) }
}

export type TrafficResult = Awaited<ReturnType<typeof runTraffic>>

/** Runs the traffic bench on a stack of its own; prints the table and a JSON line, returns the rows and the revocation. */
export async function runTraffic({ seconds = 20, rates = [20, 50, 100] }: { seconds?: number; rates?: number[] } = {}) {
  const bench = await startBenchStack({ caching: "off" })
  try {
    const { stack } = bench
    const pages = await cataloguePages(stack.info.storefrontUrl)
    // As browsers ask: compressed (the cache keeps compressed and plain copies apart).
    const headers = { "accept-encoding": "gzip" }
    const targets: Target[] = pages.map((page) => ({ name: page, url: `${stack.info.storefrontUrl}${page}`, headers }))
    log(`${targets.length} catalogue pages; rendering each once first`)
    for (const target of targets) await fetch(target.url, { headers })
    const changer = await catalogueChanger(stack)
    const rows: Row[] = []
    for (const { name, everyMs } of CHANGES) {
      for (const rate of rates) {
        const { result, changesMade } = await loadWhileChanging(changer, everyMs, () => fixedRate(targets, { rate, seconds, timeoutMs: 10_000 }))
        const row = { ...result, name: `${name} at ${rate} req/s`, changes: name, changesMade }
        rows.push(row)
        log(
          `${row.name}: p50 ${row.p50} / p95 ${row.p95} / p99 ${row.p99} ms, ${row.errors} errors of ${row.sent}${row.firstError ? ` (first: ${row.firstError})` : ""}, ${row.changesMade} changes, cache ${JSON.stringify(row.cache)}`
        )
        await sleep(2_000)
      }
    }
    const revocation = await timeToRevoke(stack, changer)
    log(`revoked ${revocation.handle} (its page was a ${revocation.cachedBefore}): gone after ${revocation.goneAfterMs} ms`)

    const baseline = new Map(rows.filter((row) => row.changes === CHANGES[0].name).map((row) => [row.rate, row]))
    console.log(`\n${targets.length} catalogue pages, ${seconds} s per row, open model\n`)
    console.log("| changes | rate | p50 ms | p95 ms | p99 ms | p95 / no change | errors | hit | stale | miss |")
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for (const row of rows) {
      const share = (kind: string) => `${Math.round((100 * (row.cache[kind] ?? 0)) / Math.max(1, row.ok))}%`
      const ratio = (row.p95 / baseline.get(row.rate)!.p95).toFixed(2)
      console.log(
        `| ${row.changes} | ${row.rate} | ${row.p50} | ${row.p95} | ${row.p99} | x${ratio} | ${row.errors} | ${share("hit")} | ${share("stale")} | ${share("miss")} |`
      )
    }
    const judged = rows.find((row) => row.rate === PASS.rate && row.changes === CHANGES.find((change) => change.everyMs === PASS.everyMs)!.name)
    const passed = judged !== undefined && judged.errors === 0 && judged.p95 <= PASS.p95Ms && revocation.goneAfterMs <= PASS.revokedWithinMs
    console.log(
      `\nrevoked product gone from its page after ${revocation.goneAfterMs} ms; at ${PASS.rate} req/s with a change every second p95 ${judged?.p95} ms: ${passed ? "PASS" : "NOT met"} (p95 ≤ ${PASS.p95Ms} ms, no errors, gone ≤ ${PASS.revokedWithinMs / 1000} s)`
    )
    const result = { bench: "traffic" as const, pages: targets.length, seconds, rows, revocation, passed }
    console.log(JSON.stringify(result))
    return result
  } finally {
    await bench.stop()
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "20" }, rates: { type: "string", default: "20,50,100" } } })
  await runTraffic({ seconds: Number(values.seconds), rates: values.rates.split(",").map(Number) })
}
