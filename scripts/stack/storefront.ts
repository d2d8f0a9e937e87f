import type { ChildProcess } from "node:child_process"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import type { StackConfig } from "./config.ts"
import { runToEnd, startLogged, waitForHttp, type Logs } from "./processes.ts"
import { hashSources } from "./source-hash.ts"

const BUILD_INPUTS = ["src", "public", "astro.config.mjs", "package.json", "tsconfig.json", "../package-lock.json"]

function storefrontDir(root: string) {
  return path.join(root, "storefront")
}

export async function buildStorefrontIfStale(root: string, logs: Logs, signal?: AbortSignal) {
  const dir = storefrontDir(root)
  const marker = path.join(dir, "dist", ".source-hash")
  const hash = hashSources(dir, BUILD_INPUTS)
  if (existsSync(marker) && readFileSync(marker, "utf8") === hash) {
    return false
  }
  const astroPackage = createRequire(path.join(dir, "package.json")).resolve("astro/package.json")
  const astro = path.join(path.dirname(astroPackage), "bin", "astro.mjs")
  await runToEnd("storefront-build", process.execPath, [astro, "build"], { cwd: dir, env: process.env, signal }, logs)
  writeFileSync(marker, hash)
  return true
}

export async function startStorefront(config: StackConfig, publishableKey: string, metricsToken: string, logs: Logs): Promise<ChildProcess> {
  const dir = storefrontDir(config.root)
  const child = startLogged(
    "storefront",
    process.execPath,
    [path.join(dir, "dist", "server", "entry.mjs")],
    {
      cwd: dir,
      env: {
        ...process.env,
        HOST: config.host,
        PORT: String(config.storefrontPort),
        MEDUSA_BACKEND_URL: `http://${config.host}:${config.backendPort}`,
        MEDUSA_PUBLISHABLE_KEY: publishableKey,
        METRICS_TOKEN: metricsToken,
      },
    },
    logs
  )
  await waitForHttp(`http://${config.host}:${config.storefrontPort}/`, { timeoutMs: 30_000, child, name: "The storefront" })
  return child
}
