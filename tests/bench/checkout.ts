// npm run bench:checkout [-- --requests N]: add-to-cart and complete-cart latency at 1 and 10 buyers
// at once, against Medusa's plain GET /store/products in the same run on the same stack (the ceiling:
// a read with no workflow). Buyers check out through the backend tests' flow (store-checkout.ts).
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

type Row = { operation: string; buyers: number; requests: number; p50: number; p95: number; perSecond: number; failed: number }

const CONCURRENCY = [1, 10]

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]
const round = (value: number) => Math.round(value * 10) / 10

/** `total` timed calls, `buyers` of them in flight at any moment; each call gets its index. */
async function timed(operation: string, buyers: number, total: number, call: (index: number) => Promise<{ status: number }>): Promise<Row> {
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
export async function runCheckout({ requests = 40 }: { requests?: number } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-bench-"))
  chmodSync(dataDir, 0o755)
  const loadBefore = os.loadavg()
  const stack = await startStack(readStackConfig({ ...process.env, ...(await freeLauncherPorts()), PASAR_DATA_DIR: dataDir }))
  try {
    const { backendUrl, publishableKey } = stack.info
    const api = fetchApi(backendUrl)
    const store = { headers: { "x-publishable-api-key": publishableKey } }
    const { data: regionData } = await api.get("/store/regions", store)
    const checkout = storeCheckout(api, store, regionData.regions[0].id)
    const plainList = `/store/products?limit=24&region_id=${regionData.regions[0].id}`

    // Variants with room for every unit the bench buys, spread so that no one item's lock dominates.
    const { data } = await api.get("/store/products?limit=100&fields=id,*variants,+variants.inventory_quantity", store)
    const variants: string[] = data.products.flatMap(
      (product: { variants: Array<{ id: string; manage_inventory: boolean; allow_backorder: boolean; inventory_quantity: number }> }) =>
        product.variants
          .filter((variant) => variant.manage_inventory && !variant.allow_backorder && variant.inventory_quantity >= 20)
          .map((variant) => variant.id)
    )
    if (variants.length < 10) throw new Error(`only ${variants.length} variants with stock to spare`)
    const line = (index: number) => ({ variant_id: variants[index % variants.length], quantity: 1 })
    let buyer = 0
    const email = () => `pembeli-bench-${++buyer}@uji.test`

    // Warm-up: Medusa compiles its queries and fills its pools on first use.
    for (let index = 0; index < 5; index++) {
      await api.get(plainList, store)
      const cartId = await checkout.createCart([line(index)], email())
      await checkout.complete(cartId)
    }

    const rows: Row[] = []
    for (const buyers of CONCURRENCY) {
      rows.push(await timed("GET /store/products (Medusa's plain list)", buyers, requests, () => api.get(plainList, store)))
      const emptyCarts = await Promise.all(Array.from({ length: requests }, () => checkout.createCart([], email())))
      rows.push(await timed("add to cart (POST line-items)", buyers, requests, (index) => checkout.addLine(emptyCarts[index], line(index))))
      // Carts made ready beforehand, ten at a time: only the completion is timed.
      const ready: string[] = []
      for (let start = 0; start < requests; start += 10) {
        ready.push(
          ...(await Promise.all(
            Array.from({ length: Math.min(10, requests - start) }, async (_, offset) => {
              const cartId = await checkout.createCart([line(start + offset)], email())
              await checkout.readyToComplete(cartId)
              return cartId
            })
          ))
        )
      }
      rows.push(await timed("complete cart (POST complete)", buyers, requests, (index) => checkout.submit(ready[index])))
    }

    const ceiling = new Map(rows.filter((row) => row.operation.startsWith("GET")).map((row) => [row.buyers, row.p50]))
    const loadAfter = os.loadavg()
    console.log(
      `\nCheckout latency, ${requests} requests per row, ${os.cpus().length} cores, load average ${loadBefore[0].toFixed(2)} before / ${loadAfter[0].toFixed(2)} after\n`
    )
    console.log("| operation | buyers at once | p50 ms | p95 ms | req/s | x plain-list p50 | failed |")
    console.log("|---|---:|---:|---:|---:|---:|---:|")
    for (const row of rows) {
      console.log(
        `| ${row.operation} | ${row.buyers} | ${row.p50} | ${row.p95} | ${row.perSecond} | ${(row.p50 / ceiling.get(row.buyers)!).toFixed(1)} | ${row.failed} |`
      )
    }
    const result = { bench: "checkout" as const, requests, loadBefore, loadAfter, rows }
    console.log(JSON.stringify(result))
    return result
  } finally {
    await stack.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { requests: { type: "string", default: "40" } } })
  await runCheckout({ requests: Number(values.requests) })
}
