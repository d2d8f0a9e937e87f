// npm run bench:storefront [-- --seconds S] [-- --lighthouse-only]: req/s and p95 of the storefront's home,
// listing and product pages against a static file of the same size served by Node's http module in the same
// run (the ceiling), then Lighthouse's mobile scores for the same three pages (CHROME_PATH or the system Chromium).
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { readStackConfig } from "../../scripts/stack/config.ts"
import { startStack } from "../../scripts/stack/index.ts"
import { freeLauncherPorts } from "../support/launcher.ts"
import { freePort } from "../support/test-database.ts"
import { measure, table, type LoadResult } from "./http-load.ts"
import { lighthouseTable, runLighthouse, type LighthouseResult } from "./lighthouse.ts"

const { values } = parseArgs({ options: { seconds: { type: "string", default: "10" }, "lighthouse-only": { type: "boolean", default: false } } })
const seconds = Number(values.seconds)
const dataDir = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-bench-"))
chmodSync(dataDir, 0o755)
const stack = await startStack(readStackConfig({ ...process.env, ...(await freeLauncherPorts()), PASAR_DATA_DIR: dataDir }))

/** The ceiling: the same bytes from memory through node:http, nothing rendered. */
async function staticTwin(body: string) {
  const server = http.createServer((_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body))
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}

try {
  const { storefrontUrl } = stack.info
  const home = await (await fetch(storefrontUrl)).text()
  const productPath = home.match(/href="(\/produk\/[a-z0-9-]+)"/)![1]
  const pages = { home: "/", listing: "/produk", product: productPath }
  const rows: LoadResult[] = []
  for (const [name, pagePath] of values["lighthouse-only"] ? [] : Object.entries(pages)) {
    const url = `${storefrontUrl}${pagePath}`
    const twin = await staticTwin(await (await fetch(url)).text())
    rows.push(await measure(`${name} ${pagePath}`, url, { seconds }))
    rows.push(await measure(`static twin of ${name}`, twin.url, { seconds }))
    twin.close()
  }
  // After the load runs, so their CPU does not count against the pages' timings.
  const audits: LighthouseResult[] = []
  for (const [name, pagePath] of Object.entries(pages)) {
    audits.push(await runLighthouse(`${name} ${pagePath}`, `${storefrontUrl}${pagePath}`))
  }
  if (rows.length) {
    console.log(`\nStorefront pages, 10 connections, ${seconds} s each (uncached: every request renders and calls the store API)\n`)
    console.log(table(rows))
  }
  console.log("\nLighthouse, mobile (emulated mid-range phone, simulated slow 4G, 4x CPU slowdown)\n")
  console.log(lighthouseTable(audits))
  for (const audit of audits.filter((audit) => audit.failing.length)) {
    console.log(`${audit.name} loses points on: ${audit.failing.join("; ")}`)
  }
  console.log(JSON.stringify({ bench: "storefront", rows, lighthouse: audits }))
} finally {
  await stack.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
