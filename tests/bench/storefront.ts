// npm run bench:storefront [-- --seconds S] [-- --lighthouse-only]: req/s and p95 of the storefront's home,
// listing and product pages, from the page cache and rendered afresh (a second storefront with
// STOREFRONT_PAGE_CACHE=off on the same backend), against the same compressed bytes served by Node's http
// module in the same run (the ceiling); then Lighthouse's mobile scores for the same three pages.
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { parseArgs } from "node:util"
import { readStackConfig } from "../../scripts/stack/config.ts"
import { startStack } from "../../scripts/stack/index.ts"
import { stopProcess } from "../../scripts/stack/processes.ts"
import { startStorefront } from "../../scripts/stack/storefront.ts"
import { freeLauncherPorts } from "../support/launcher.ts"
import { freePort } from "../support/test-database.ts"
import { measure, table, type LoadResult } from "./http-load.ts"
import { isMain } from "./is-main.ts"
import { lighthouseTable, runLighthouse, type LighthouseResult } from "./lighthouse.ts"

export type StorefrontResult = Awaited<ReturnType<typeof runStorefront>>

/** Runs the storefront bench on a stack of its own; prints the tables and JSON line, returns the rows and audits. */
export async function runStorefront({ seconds = 10, lighthouseOnly = false }: { seconds?: number; lighthouseOnly?: boolean } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-bench-"))
  chmodSync(dataDir, 0o755)
  const config = readStackConfig({ ...process.env, ...(await freeLauncherPorts()), PASAR_DATA_DIR: dataDir })
  const stack = await startStack(config)
  // Browsers ask for gzip, and the cache keeps pages compressed: measure what a browser gets.
  const headers = { "accept-encoding": "gzip" }

  /** The ceiling: the same compressed bytes from memory through node:http, nothing rendered. */
  async function staticTwin(body: Buffer) {
    const server = http.createServer((_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip" }).end(body))
    const port = await freePort()
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
    return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
  }

  async function compressedBytes(url: string) {
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => http.get(url, { headers }, resolve).on("error", reject))
    const chunks: Buffer[] = []
    for await (const chunk of response) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }

  const uncachedPort = await freePort()
  const uncached = await (async () => {
    process.env.STOREFRONT_PAGE_CACHE = "off"
    try {
      return await startStorefront({ ...config, storefrontPort: uncachedPort }, stack.info.publishableKey, stack.info.metricsToken, {
        dir: path.join(dataDir, "logs-uncached"),
        echo: false,
      })
    } finally {
      delete process.env.STOREFRONT_PAGE_CACHE
    }
  })()

  try {
    const { storefrontUrl } = stack.info
    const uncachedUrl = `http://${config.host}:${uncachedPort}`
    const home = await (await fetch(storefrontUrl)).text()
    const productPath = home.match(/href="(\/produk\/[a-z0-9-]+)"/)![1]
    const pages = { home: "/", listing: "/produk", product: productPath }
    const rows: LoadResult[] = []
    for (const [name, pagePath] of lighthouseOnly ? [] : Object.entries(pages)) {
      const body = await compressedBytes(`${storefrontUrl}${pagePath}`)
      const twin = await staticTwin(body)
      rows.push(await measure(`${name} ${pagePath}, cached`, `${storefrontUrl}${pagePath}`, { seconds, headers }))
      rows.push(await measure(`${name}, rendered (cache off)`, `${uncachedUrl}${pagePath}`, { seconds, headers }))
      rows.push(await measure(`static twin of ${name} (${(body.length / 1024).toFixed(1)} KB gzip)`, twin.url, { seconds, headers }))
      twin.close()
    }
    // After the load runs, so their CPU does not count against the pages' timings.
    const audits: LighthouseResult[] = []
    for (const [name, pagePath] of Object.entries(pages)) {
      audits.push(await runLighthouse(`${name} ${pagePath}`, `${storefrontUrl}${pagePath}`))
    }
    if (rows.length) {
      console.log(`\nStorefront pages, 10 connections, ${seconds} s each, gzip\n`)
      console.log(table(rows))
    }
    console.log("\nLighthouse, mobile (emulated mid-range phone, simulated slow 4G, 4x CPU slowdown)\n")
    console.log(lighthouseTable(audits))
    for (const audit of audits.filter((audit) => audit.failing.length)) {
      console.log(`${audit.name} loses points on: ${audit.failing.join("; ")}`)
    }
    const result = { bench: "storefront" as const, seconds, rows, lighthouse: audits }
    console.log(JSON.stringify(result))
    return result
  } finally {
    await stopProcess(uncached)
    await stack.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "10" }, "lighthouse-only": { type: "boolean", default: false } } })
  await runStorefront({ seconds: Number(values.seconds), lighthouseOnly: values["lighthouse-only"] })
}
