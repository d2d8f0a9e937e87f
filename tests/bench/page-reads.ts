// npm run bench:page-reads [-- --rounds N]: what an uncached page costs the backend. For the home page,
// a product page and a producer page, the reads the storefront makes for it (in parallel, as its loaders
// do), one page at a time: from the stored catalogue views (GET /store/catalogue/...) against the same
// data from Medusa's product list with prices and stock (how pages read it before the views), alternated
// in the same run on the same stack.
import os from "node:os"
import { parseArgs } from "node:util"
import { isMain } from "./is-main.ts"
import { startBenchStack } from "./load.ts"

type Row = { page: string; reads: string; p50: number; p95: number; max: number }

const SUMMARY_FIELDS = "id,handle,title,description,thumbnail,*variants.calculated_price,+producer.business_name,+producer.desa.name,+product_curation.state"
const DETAIL_FIELDS =
  "id,handle,title,description,thumbnail,images.url,variants.id,variants.title,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory," +
  "+producer.handle,+product_compliance.product_type,+product_compliance.net_quantity,+product_compliance.ingredients,+product_compliance.shelf_life_days," +
  "+product_compliance.storage,+product_compliance.halal,+product_curation.state"

const percentile = (sorted: number[], fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]
const round = (value: number) => Math.round(value * 10) / 10

export type PageReadsResult = Awaited<ReturnType<typeof runPageReads>>

/** Runs the bench on a stack of its own; prints the table and a JSON line, returns the rows. */
export async function runPageReads({ rounds = 100 }: { rounds?: number } = {}) {
  const bench = await startBenchStack({ caching: "off" })
  try {
    const { backendUrl, publishableKey } = bench.stack.info
    const headers = { "x-publishable-api-key": publishableKey }
    const get = async (url: string) => {
      const response = await fetch(`${backendUrl}${url}`, { headers })
      if (response.status !== 200) throw new Error(`${url}: ${response.status}`)
      return response.json()
    }
    const region = (await get("/store/regions")).regions[0].id as string
    const picks = (await get("/store/collections?handle=pilihan-kurator&fields=id")).collections[0].id as string
    const { products } = await get(`/store/products?limit=1&order=created_at&fields=handle,+producer.handle,+producer.id`)
    const product = products[0].handle as string
    const producer = products[0].producer.handle as string
    const producerPage = await get(`/store/producers/${producer}`)
    const producerProductIds = (producerPage.producer.products as Array<{ id: string }>).map((row) => `id[]=${row.id}`).join("&")
    const list = (query: string, fields: string) => `/store/products?region_id=${region}&fields=${encodeURIComponent(fields)}&${query}`

    // What each page reads besides its products is the same either way and is read in both.
    const pages: Array<{ page: string; views: string[]; medusa: string[] }> = [
      {
        page: "home /",
        views: ["/store/catalogue/cards?limit=24", "/store/catalogue/cards?collection=pilihan-kurator&limit=8"],
        medusa: [list("limit=24&order=created_at", SUMMARY_FIELDS), list(`limit=8&collection_id[]=${picks}`, SUMMARY_FIELDS)],
      },
      { page: "product page", views: [`/store/catalogue/products/${product}`], medusa: [list(`limit=1&handle=${product}`, DETAIL_FIELDS)] },
      {
        page: "producer page",
        views: [`/store/catalogue/cards?producer=${producer}&limit=100`],
        medusa: [list(`limit=100&${producerProductIds}`, SUMMARY_FIELDS)],
      },
    ]
    const shared: Record<string, string[]> = {
      "home /": ["/store/harvests?limit=8", "/store/villages", "/store/kecamatan", "/store/product-categories?fields=handle,name&limit=50"],
      "product page": [`/store/producers/${producer}`],
      "producer page": [`/store/producers/${producer}`],
    }
    const timed = async (urls: string[]) => {
      const began = performance.now()
      await Promise.all(urls.map(get))
      return performance.now() - began
    }

    const rows: Row[] = []
    for (const { page, views, medusa } of pages) {
      const times: Record<string, number[]> = { views: [], medusa: [], "views + the rest": [], "medusa + the rest": [] }
      for (let round = -10; round < rounds; round++) {
        // Alternated, so drift on the machine affects both alike; the first ten warm up.
        const sample = {
          views: await timed(views),
          medusa: await timed(medusa),
          "views + the rest": await timed([...views, ...shared[page]]),
          "medusa + the rest": await timed([...medusa, ...shared[page]]),
        }
        if (round >= 0) for (const [name, ms] of Object.entries(sample)) times[name].push(ms)
      }
      for (const [reads, values] of Object.entries(times)) {
        values.sort((a, b) => a - b)
        rows.push({ page, reads, p50: round(percentile(values, 0.5)), p95: round(percentile(values, 0.95)), max: round(values[values.length - 1]) })
      }
    }

    console.log(
      `\nBackend reads per uncached page, one page at a time, ${rounds} rounds, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}\n`
    )
    console.log("| page | reads | p50 ms | p95 ms | max ms | p95 / Medusa's list |")
    console.log("|---|---|---:|---:|---:|---:|")
    for (const row of rows) {
      const baseline = rows.find((other) => other.page === row.page && other.reads === row.reads.replace("views", "medusa"))!
      console.log(`| ${row.page} | ${row.reads} | ${row.p50} | ${row.p95} | ${row.max} | ${(row.p95 / baseline.p95).toFixed(2)} |`)
    }
    const result = { bench: "page-reads" as const, rounds, rows }
    console.log(JSON.stringify(result))
    return result
  } finally {
    await bench.stop()
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { rounds: { type: "string", default: "100" } } })
  await runPageReads({ rounds: Number(values.rounds) })
}
