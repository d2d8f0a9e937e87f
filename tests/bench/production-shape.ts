import { spawnSync, type ChildProcess } from "node:child_process"
import { chmodSync, mkdtempSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { backendEnv, backendPaths } from "../../scripts/stack/backend.ts"
import { readStackConfig } from "../../scripts/stack/config.ts"
import { startStack, type RunningStack } from "../../scripts/stack/index.ts"
import { startLogged, stopProcess, waitForHttp } from "../../scripts/stack/processes.ts"
import { loadOrCreateSecrets } from "../../scripts/stack/secrets.ts"
import { freeLauncherPorts } from "../support/launcher.ts"
import { externalDatabaseUrl, freePort } from "../support/test-database.ts"

/** A Redis database of the benches' own, emptied first: queues and cache entries of another stack must not count. */
const BENCH_REDIS_DB = 7

/** Swaps process.env entries the backend inherits (Medusa reads feature flags and worker mode there) while `run` starts it. */
async function withProcessEnv<T>(values: Record<string, string>, run: () => Promise<T>) {
  const before = Object.fromEntries(Object.keys(values).map((key) => [key, process.env[key]]))
  Object.assign(process.env, values)
  try {
    return await run()
  } finally {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

/** Medusa's Redis event queue (event-bus-redis's default name): the seed's events wait there for the worker. */
const EVENT_QUEUE = "RedisEventBusService:events-queue"

/** Waits until the worker has handled every queued event (the seed's thousands), so they do not share the measured time. */
async function untilEventsHandled(redisUrl: string) {
  const count = (command: string, key: string) =>
    Number(spawnSync("redis-cli", ["-u", redisUrl, command, `${EVENT_QUEUE}:${key}`], { encoding: "utf8" }).stdout.trim() || 0)
  for (let idle = 0; idle < 3;) {
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const left = count("llen", "wait") + count("llen", "active") + count("zcard", "prioritized") + count("zcard", "delayed")
    idle = left === 0 ? idle + 1 : 0
  }
}

/**
 * The production shape on this machine: a database of its own on the PostgreSQL server (DB_HOST, else
 * 127.0.0.1), Redis (REDIS_URL's host, database 7, emptied), MEDUSA_FF_CACHING, API-only servers (the
 * stack's own and `extraServers` more, as behind a load balancer), and one worker.
 */
export async function startProductionShape({ extraServers = 0 }: { extraServers?: number } = {}) {
  process.env.DB_HOST ||= "127.0.0.1"
  const database = (await externalDatabaseUrl("pasar_bench_production"))!
  const redis = new URL(process.env.REDIS_URL || "redis://127.0.0.1:6379")
  redis.pathname = `/${BENCH_REDIS_DB}`
  spawnSync("redis-cli", ["-u", redis.toString(), "flushdb"], { stdio: "ignore" })
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-bench-production-"))
  chmodSync(dataDir, 0o755)
  const env = { ...process.env, ...(await freeLauncherPorts()), PASAR_DATA_DIR: dataDir, DATABASE_URL: database.url, REDIS_URL: redis.toString() }
  const flags = { MEDUSA_FF_CACHING: "true", MEDUSA_WORKER_MODE: "server" }
  let stack: RunningStack | undefined
  const processes: ChildProcess[] = []
  const stop = async () => {
    await Promise.all(processes.map((child) => stopProcess(child)))
    await stack?.stop()
    await database.drop()
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    const config = readStackConfig(env)
    stack = await withProcessEnv(flags, () => startStack(config))
    const paths = backendPaths(config.root)
    const shared = { ...backendEnv(config, loadOrCreateSecrets(dataDir), database.url), ...flags }
    const start = async (name: string, mode: "server" | "worker") => {
      const port = await freePort()
      const child = startLogged(
        name,
        process.execPath,
        [paths.cli, "start", "--port", String(port)],
        { cwd: paths.serverDir, env: { ...shared, MEDUSA_WORKER_MODE: mode, PORT: String(port) } },
        { dir: path.join(dataDir, "logs"), echo: false }
      )
      processes.push(child)
      const url = `http://127.0.0.1:${port}`
      await waitForHttp(`${url}/health`, { timeoutMs: 120_000, child, name: `The ${name}` })
      return url
    }
    await start("worker", "worker")
    await untilEventsHandled(redis.toString())
    const apiUrls = [stack.info.backendUrl]
    for (let index = 0; index < extraServers; index++) apiUrls.push(await start(`server-${index + 2}`, "server"))
    return { stack, apiUrls, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
