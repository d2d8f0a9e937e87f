// npm run bench:curation [-- --products N] [-- --requests R]: the coordinators' curation queue
// (GET /admin/curation/products) on a catalogue grown to N products, beside Medusa's own admin product
// list with the same page size, in the same run on the same stack.
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import pg from "pg"
import { readStackConfig } from "../../scripts/stack/config.ts"
import { startStack } from "../../scripts/stack/index.ts"
import { embeddedDatabaseUrl } from "../../scripts/stack/postgres.ts"
import { loadOrCreateSecrets } from "../../scripts/stack/secrets.ts"
import { freeLauncherPorts } from "../support/launcher.ts"
import { percentile } from "./fixed-rate.ts"
import { isMain } from "./is-main.ts"
import { coordinatorHeaders } from "../support/sign-in.ts"

export const TARGET_P95_MS = 100
const STATES = ["draft", "submitted", "approved", "changes_requested", "rejected", "revoked"]

/**
 * Copies the seeded products in SQL until the catalogue holds `total`: each copy
 * gets its own curation record (a state in turn, a change within the last 90
 * days) and its original's producer, so every filter of the queue has work.
 * Only the tables the queue reads are grown: products, curation records and
 * their links; variants, prices and stock stay the seed's.
 */
async function growCatalogue(databaseUrl: string, total: number) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>("select count(*) from product where deleted_at is null")
    const missing = total - Number(rows[0].count)
    if (missing <= 0) return 0
    await client.query("begin")
    await client.query(
      `create temp table grown on commit drop as
       select n, original.id as original_id, original.title, original.handle, link.producer_id
       from generate_series(1, $1::int) as n
       join lateral (select id, title, handle from product where deleted_at is null and id not like 'prod_grown_%'
                     order by id offset (n % (select count(*) from product where deleted_at is null)) limit 1) original on true
       left join product_product_producer_producer link on link.product_id = original.id and link.deleted_at is null`,
      [missing]
    )
    await client.query(
      `insert into product (id, title, handle, status, is_giftcard, discountable, created_at, updated_at)
       select 'prod_grown_' || n, title || ' ' || n, handle || '-grown-' || n, 'published', false, true, now(), now() from grown`
    )
    await client.query(
      `insert into product_curation (id, state, created_at, updated_at)
       select 'pcur_grown_' || n, ($1::text[])[1 + n % array_length($1::text[], 1)], now(), now() - (n % 7776000) * interval '1 second' from grown`,
      [STATES]
    )
    await client.query(
      `insert into product_product_curation_product_curation (id, product_id, product_curation_id)
       select 'prodcur_grown_' || n, 'prod_grown_' || n, 'pcur_grown_' || n from grown`
    )
    await client.query(
      `insert into product_product_producer_producer (id, product_id, producer_id)
       select 'prodprod_grown_' || n, 'prod_grown_' || n, producer_id from grown where producer_id is not null`
    )
    await client.query("commit")
    await client.query("analyze")
    return missing
  } finally {
    await client.end()
  }
}

async function time(url: string, headers: Record<string, string>, requests: number) {
  const took: number[] = []
  let count = 0
  for (let index = 0; index < requests; index++) {
    const started = performance.now()
    const response = await fetch(url, { headers })
    const body = await response.json()
    took.push(performance.now() - started)
    if (!response.ok) throw new Error(`${url}: ${response.status} ${JSON.stringify(body)}`)
    count = body.count
  }
  took.sort((a, b) => a - b)
  const round = (ms: number) => Math.round(ms * 10) / 10
  return { p50: round(percentile(took, 0.5)), p95: round(percentile(took, 0.95)), count }
}

/** Starts a stack of its own, grows it to `products`, times each queue page `requests` times one at a time. */
export async function runCurationQueue({ products = 10_000, requests = 100 }: { products?: number; requests?: number } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-bench-curation-"))
  chmodSync(dataDir, 0o755)
  const ports = await freeLauncherPorts()
  const config = readStackConfig({ ...process.env, ...ports, PASAR_DATA_DIR: dataDir })
  const stack = await startStack(config)
  try {
    const databaseUrl = config.databaseUrl ?? embeddedDatabaseUrl(config.postgresPort, loadOrCreateSecrets(config.dataDir).postgresPassword)
    const grown = await growCatalogue(databaseUrl, products)
    const { backendUrl, accounts } = stack.info
    const headers = await coordinatorHeaders(backendUrl, accounts)
    const { products: sample } = await (await fetch(`${backendUrl}/admin/curation/products?limit=1&status=approved`, { headers })).json()
    const kecamatan = sample[0].kecamatan.id
    const producer = sample[0].producer.id
    const pages = [
      { name: "Medusa's admin product list (baseline)", url: "/admin/products?limit=50&fields=id,title,handle,thumbnail" },
      { name: "queue, first page", url: "/admin/curation/products?limit=50" },
      { name: "queue, submitted only", url: "/admin/curation/products?limit=50&status=submitted" },
      { name: "queue, one kecamatan", url: `/admin/curation/products?limit=50&kecamatan=${kecamatan}` },
      { name: "queue, one producer", url: `/admin/curation/products?limit=50&producer=${producer}` },
      { name: "queue, page 100", url: "/admin/curation/products?limit=50&offset=4950" },
    ]
    for (const page of pages) await time(`${backendUrl}${page.url}`, headers, 10)
    const rows = []
    for (const page of pages) rows.push({ name: page.name, ...(await time(`${backendUrl}${page.url}`, headers, requests)) })
    const baseline = rows[0]
    const queue = rows.slice(1)
    const worstP95 = Math.max(...queue.map((row) => row.p95))
    console.log(
      `\nGET /admin/curation/products?limit=50 as the head coordinator, ${products} products (${grown} grown in SQL), ${requests} requests one at a time per row\n`
    )
    console.log("| page | rows matching | p50 ms | p95 ms | p95 / baseline |")
    console.log("|---|---:|---:|---:|---:|")
    for (const row of rows) console.log(`| ${row.name} | ${row.count} | ${row.p50} | ${row.p95} | x${(row.p95 / baseline.p95).toFixed(2)} |`)
    console.log(`\nworst queue p95 ${worstP95} ms (target ≤ ${TARGET_P95_MS} ms: ${worstP95 <= TARGET_P95_MS ? "met" : "NOT met"})`)
    const result = { bench: "curation-queue" as const, products, requests, rows, worstP95, targetP95: TARGET_P95_MS }
    console.log(JSON.stringify(result))
    return result
  } finally {
    await stack.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { products: { type: "string", default: "10000" }, requests: { type: "string", default: "100" } } })
  await runCurationQueue({ products: Number(values.products), requests: Number(values.requests) })
}
