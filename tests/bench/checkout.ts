// npm run bench:checkout [-- --requests N] [-- --shape npm-start|production] [-- --servers N]: add-to-cart and
// complete-cart latency at 1 and 10 buyers at once (on different products, then all on one product), against
// Medusa's plain GET /store/products in the same run on the same stack (the ceiling: a read with no workflow).
// Buyers check out through the backend tests' flow (store-checkout.ts). The production shape (production-shape.ts)
// runs N API servers (buyers spread over them, as a load balancer would) and a worker.
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { readStackConfig } from "../../scripts/stack/config.ts"
import { startStack } from "../../scripts/stack/index.ts"
import { storeCheckout } from "../../backend/integration-tests/store-checkout.ts"
import { fetchApi } from "../support/fetch-api.ts"
import { freeLauncherPorts } from "../support/launcher.ts"
import { isMain } from "./is-main.ts"
import { startProductionShape } from "./production-shape.ts"

type Row = { operation: string; shape: string; buyers: number; requests: number; p50: number; p95: number; perSecond: number; failed: number }

const CONCURRENCY = [1, 10]

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]
const round = (value: number) => Math.round(value * 10) / 10

/** `total` timed calls, `buyers` of them in flight at any moment; each call gets its index. */
async function timed(operation: string, buyers: number, total: number, call: (index: number) => Promise<{ status: number }>): Promise<Omit<Row, "shape">> {
  const times: number[] = []
  let next = 0
  let failed = 0
  const startedAt = performance.now()
  await Promise.all(
    Array.from({ length: buyers }, async () => {
      while (next < total) {
        const index = next++
        const began = performance.now()
        const { status } = await call(index)
        times.push(performance.now() - began)
        if (status >= 400) failed++
      }
    })
  )
  const seconds = (performance.now() - startedAt) / 1000
  times.sort((a, b) => a - b)
  return {
    operation,
    buyers,
    requests: total,
    p50: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    perSecond: round(total / seconds),
    failed,
  }
}

export type CheckoutResult = Awaited<ReturnType<typeof runCheckout>>

/** Runs the checkout bench on a stack of its own; prints the table and JSON line, returns the rows. */
export async function runCheckout({
  requests = 40,
  shape = "npm-start",
  servers = 1,
}: { requests?: number; shape?: "npm-start" | "production"; servers?: number } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-bench-"))
  chmodSync(dataDir, 0o755)
  const loadBefore = os.loadavg()
  const started =
    shape === "production"
      ? await startProductionShape({ extraServers: servers - 1 })
      : await (async () => {
          const stack = await startStack(readStackConfig({ ...process.env, ...(await freeLauncherPorts()), PASAR_DATA_DIR: dataDir }))
          return { stack, apiUrls: [stack.info.backendUrl], stop: stack.stop }
        })()
  const { stack, apiUrls } = started
  const shapeName = shape === "production" ? `production, ${apiUrls.length} API server${apiUrls.length > 1 ? "s" : ""} + worker` : "npm start"
  try {
    const { publishableKey } = stack.info
    const api = fetchApi(apiUrls[0])
    const store = { headers: { "x-publishable-api-key": publishableKey } }
    const { data: regionData } = await api.get("/store/regions", store)
    // Buyer i is served by server i (mod the number of servers), as a load balancer spreads them.
    const checkouts = apiUrls.map((url) => storeCheckout(fetchApi(url), store, regionData.regions[0].id))
    const checkout = checkouts[0]
    const apis = apiUrls.map((url) => fetchApi(url))
    const served = (index: number) => ({ api: apis[index % apis.length], checkout: checkouts[index % checkouts.length] })
    const plainList = `/store/products?limit=24&region_id=${regionData.regions[0].id}`

    // Variants with room for every unit the bench buys, spread so that no one item's lock dominates.
    const { data } = await api.get("/store/products?limit=100&fields=id,*variants,+variants.inventory_quantity", store)
    type Stocked = { id: string; manage_inventory: boolean; allow_backorder: boolean; inventory_quantity: number }
    const stocked: Stocked[] = data.products
      .flatMap((product: { variants: Stocked[] }) => product.variants)
      .filter((variant: Stocked) => variant.manage_inventory && !variant.allow_backorder && variant.inventory_quantity >= 20)
    const variants = stocked.map((variant) => variant.id)
    if (variants.length < 10) throw new Error(`only ${variants.length} variants with stock to spare`)
    const line = (index: number) => ({ variant_id: variants[index % variants.length], quantity: 1 })
    // The last row: every buyer on the one product with the most units, one unit each.
    const busiest = stocked.reduce((most, variant) => (variant.inventory_quantity > most.inventory_quantity ? variant : most))
    let buyer = 0
    const email = () => `pembeli-bench-${++buyer}@uji.test`

    // Warm-up: Medusa compiles its queries and fills its pools on first use (on every server).
    for (let index = 0; index < 5 * apiUrls.length; index++) {
      await served(index).api.get(plainList, store)
      const cartId = await served(index).checkout.createCart([line(index)], email())
      await served(index).checkout.complete(cartId)
    }

    /** Carts made ready beforehand, ten at a time: only the completion is timed. */
    const readyCarts = async (count: number, lineOf: (index: number) => { variant_id: string; quantity: number }) => {
      const ready: string[] = []
      for (let start = 0; start < count; start += 10) {
        ready.push(
          ...(await Promise.all(
            Array.from({ length: Math.min(10, count - start) }, async (_, offset) => {
              const cartId = await checkout.createCart([lineOf(start + offset)], email())
              await checkout.readyToComplete(cartId)
              return cartId
            })
          ))
        )
      }
      return ready
    }
    const rows: Row[] = []
    const add = (row: Omit<Row, "shape">) => rows.push({ ...row, shape: shapeName })
    for (const buyers of CONCURRENCY) {
      add(await timed("GET /store/products (Medusa's plain list)", buyers, requests, (index) => served(index).api.get(plainList, store)))
      const emptyCarts = await Promise.all(Array.from({ length: requests }, () => checkout.createCart([], email())))
      add(await timed("add to cart (POST line-items)", buyers, requests, (index) => served(index).checkout.addLine(emptyCarts[index], line(index))))
      const ready = await readyCarts(requests, line)
      add(await timed("complete cart (POST complete)", buyers, requests, (index) => served(index).checkout.submit(ready[index])))
    }
    const onOne = Math.min(requests, busiest.inventory_quantity - 10)
    const sameProduct = await readyCarts(onOne, () => ({ variant_id: busiest.id, quantity: 1 }))
    add(await timed("complete cart, all on one product", CONCURRENCY.at(-1)!, onOne, (index) => served(index).checkout.submit(sameProduct[index])))

    const ceiling = new Map(rows.filter((row) => row.operation.startsWith("GET")).map((row) => [row.buyers, row.p50]))
    const loadAfter = os.loadavg()
    console.log(
      `\nCheckout latency, ${requests} requests per row, ${os.cpus().length} cores, load average ${loadBefore[0].toFixed(2)} before / ${loadAfter[0].toFixed(2)} after\n`
    )
    console.log(`${shapeName}\n`)
    console.log("| operation | buyers at once | requests | p50 ms | p95 ms | req/s | x plain-list p50 | failed |")
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|")
    for (const row of rows) {
      console.log(
        `| ${row.operation} | ${row.buyers} | ${row.requests} | ${row.p50} | ${row.p95} | ${row.perSecond} | ${(row.p50 / ceiling.get(row.buyers)!).toFixed(1)} | ${row.failed} |`
      )
    }
    const result = { bench: "checkout" as const, shape: shapeName, requests, loadBefore, loadAfter, rows }
    console.log(JSON.stringify(result))
    return result
  } finally {
    await started.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: { requests: { type: "string", default: "40" }, shape: { type: "string", default: "npm-start" }, servers: { type: "string", default: "1" } },
  })
  if (values.shape !== "npm-start" && values.shape !== "production") throw new Error(`--shape ${values.shape}: npm-start or production`)
  await runCheckout({ requests: Number(values.requests), shape: values.shape, servers: Number(values.servers) })
}
