// npm run bench:catalogue [-- --products N] [-- --seconds S]: GET /store/products?limit=24 with the
// producer and village fields against Medusa's plain product list, in the same run on the same stack.
import { mkdtempSync, rmSync, chmodSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { readStackConfig } from "../../scripts/stack/config.ts"
import { startStack } from "../../scripts/stack/index.ts"
import { freeLauncherPorts } from "../support/launcher.ts"
import { measure, table, type LoadResult } from "./http-load.ts"
import { isMain } from "./is-main.ts"

export type CatalogueResult = Awaited<ReturnType<typeof runCatalogue>>

/** Runs the catalogue bench on a stack of its own, prints its table and JSON line, returns the figures. */
export async function runCatalogue({ seconds = 10, rounds = 2 }: { seconds?: number; rounds?: number } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-bench-"))
  chmodSync(dataDir, 0o755)
  const ports = await freeLauncherPorts()
  const stack = await startStack(readStackConfig({ ...process.env, ...ports, PASAR_DATA_DIR: dataDir }))
  try {
    const { backendUrl, publishableKey } = stack.info
    const headers = { "x-publishable-api-key": publishableKey }
    const { regions } = await (await fetch(`${backendUrl}/store/regions`, { headers })).json()
    const base = `${backendUrl}/store/products?limit=24&region_id=${regions[0].id}`
    const linked = `${base}&fields=${encodeURIComponent("*variants.calculated_price,+producer.handle,+producer.business_name,+producer.desa.name,+producer.desa.handle")}`
    const plain = `${base}&fields=${encodeURIComponent("*variants.calculated_price")}`
    const probe = await (await fetch(linked, { headers })).json()
    if (!probe.products?.[0]?.producer?.desa?.name) {
      throw new Error("the linked request did not return producer.desa.name")
    }
    await measure("warm-up", plain, { headers, seconds: 3 })
    const rows: LoadResult[] = []
    // Alternate the two so that drift on the machine affects both alike.
    for (let round = 0; round < rounds; round++) {
      rows.push(await measure("plain: products + prices", plain, { headers, seconds }))
      rows.push(await measure("ours: + producer + village", linked, { headers, seconds }))
    }
    const average = (name: string, key: "requestsPerSecond" | "p50" | "p95") => {
      const matching = rows.filter((row) => row.name === name)
      return matching.reduce((sum, row) => sum + row[key], 0) / matching.length
    }
    const ratio = average("ours: + producer + village", "p50") / average("plain: products + prices", "p50")
    const throughput = average("plain: products + prices", "requestsPerSecond") / average("ours: + producer + village", "requestsPerSecond")
    console.log(`\nGET /store/products?limit=24, 10 connections, ${seconds} s per run\n`)
    console.log(table(rows))
    console.log(`\nlinked / plain: p50 x${ratio.toFixed(2)}, time per request (1 / req/s) x${throughput.toFixed(2)} (target: at most 1.3)`)
    const result = { bench: "catalogue" as const, seconds, rows, p50Ratio: ratio, throughputRatio: throughput }
    console.log(JSON.stringify(result))
    return result
  } finally {
    await stack.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "10" }, rounds: { type: "string", default: "2" } } })
  await runCatalogue({ seconds: Number(values.seconds), rounds: Number(values.rounds) })
}
