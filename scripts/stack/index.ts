import type { ChildProcess } from "node:child_process"
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { StackError, type StackConfig } from "./config.ts"
import {
  backendEnv,
  backendPaths,
  buildBackendIfStale,
  linkUploadsToDataDir,
  migrateIfNeeded,
  readPublishableKey,
  seedIfEmpty,
  startBackend,
} from "./backend.ts"
import { assertDatabaseReachable, startEmbeddedPostgres, type RunningPostgres } from "./postgres.ts"
import { assertPortFree, stopProcess, type Logs } from "./processes.ts"
import { loadOrCreateSecrets, type DemoAccount } from "./secrets.ts"
import { buildStorefrontIfStale, startStorefront } from "./storefront.ts"

export type StackInfo = {
  backendUrl: string
  storefrontUrl: string
  adminUrl: string
  publishableKey: string
  /** Bearer token of the backend's and the storefront's /metrics. */
  metricsToken: string
  accounts: DemoAccount[]
}

export type RunningStack = {
  info: StackInfo
  /** What this start had to do: a warm start builds, migrates and seeds nothing. */
  did: { built: boolean; migrated: boolean; seeded: boolean; embeddedPostgres: boolean }
  stop: () => Promise<void>
  /** Resolves with a message when the backend or the storefront dies on its own. */
  crashed: Promise<string>
  /** Process ids of the Medusa server and the storefront server (benchmarks sample their memory). */
  pids: { backend?: number; storefront?: number }
}

export type Progress = (step: string) => void

export function stackFile(dataDir: string) {
  return path.join(dataDir, "stack.json")
}

/**
 * Brings up the whole marketplace: PostgreSQL (embedded unless DATABASE_URL is
 * set), the Medusa backend built, migrated and seeded when needed, and the storefront.
 */
export async function startStack(config: StackConfig, progress: Progress = () => {}, echoLogs = false): Promise<RunningStack> {
  const logs: Logs = { dir: path.join(config.dataDir, "logs"), echo: echoLogs }
  mkdirSync(config.dataDir, { recursive: true })
  await assertPortFree(config.backendPort, "BACKEND_PORT")
  await assertPortFree(config.storefrontPort, "STOREFRONT_PORT")

  const secrets = loadOrCreateSecrets(config.dataDir)
  const children: ChildProcess[] = []
  let postgres: RunningPostgres | undefined
  let stopping = false
  const stop = async () => {
    stopping = true
    for (const child of [...children].reverse()) {
      await stopProcess(child)
    }
    await postgres?.stop()
  }

  // The storefront's build needs nothing from the backend: it runs beside the backend's build,
  // migrations and seed instead of after them (the first start's one idle core). A failed start stops it.
  const storefrontBuildAbort = new AbortController()
  const storefrontBuild = buildStorefrontIfStale(config.root, logs, storefrontBuildAbort.signal)
  storefrontBuild.catch(() => undefined)

  try {
    let databaseUrl = config.databaseUrl
    if (databaseUrl) {
      progress("Checking the database at DATABASE_URL")
      await assertDatabaseReachable(databaseUrl)
    } else {
      progress("Starting the embedded PostgreSQL")
      postgres = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.postgresPort, password: secrets.postgresPassword })
      databaseUrl = postgres.databaseUrl
    }

    const paths = backendPaths(config.root)
    const env = backendEnv(config, secrets, databaseUrl)
    progress("Building the backend (skipped when unchanged)")
    const built = await buildBackendIfStale(paths, env, logs)
    linkUploadsToDataDir(paths, config.dataDir)
    progress("Migrating the database (skipped when up to date)")
    const migrated = await migrateIfNeeded(paths, env, logs)
    progress("Loading the demo data (only into an empty database)")
    const seeded = await seedIfEmpty(config, paths, env, logs)
    const publishableKey = await readPublishableKey(config, databaseUrl)
    if (!publishableKey) {
      throw new StackError(
        "The database has no storefront publishable API key: create one in the admin (Settings → Publishable API Keys) titled as in seed/data/store.json, or start on an empty database to load the demo data."
      )
    }

    progress("Starting the backend")
    children.push(await startBackend(config, paths, env, logs))
    progress("Building and starting the storefront")
    const storefrontBuilt = await storefrontBuild
    const metricsToken = env.METRICS_TOKEN!
    children.push(await startStorefront(config, publishableKey, metricsToken, logs))

    const backendUrl = `http://${config.host}:${config.backendPort}`
    const info: StackInfo = {
      backendUrl,
      storefrontUrl: `http://${config.host}:${config.storefrontPort}`,
      adminUrl: `${backendUrl}/app`,
      publishableKey,
      metricsToken,
      accounts: secrets.accounts,
    }
    writeFileSync(stackFile(config.dataDir), JSON.stringify(info, null, 2) + "\n", { mode: 0o600 })
    const crashed = new Promise<string>((resolve) => {
      const names = ["backend", "storefront"]
      children.forEach((child, index) =>
        child.once("exit", (code, signal) => {
          if (!stopping) {
            resolve(`The ${names[index]} stopped unexpectedly (${signal ?? `exit ${code}`}): see ${path.join(logs.dir, `${names[index]}.log`)}`)
          }
        })
      )
    })
    const pids = { backend: children[0]?.pid, storefront: children[1]?.pid }
    return { info, crashed, pids, did: { built: built || storefrontBuilt, migrated, seeded, embeddedPostgres: Boolean(postgres) }, stop }
  } catch (error) {
    storefrontBuildAbort.abort()
    await stop()
    throw error
  }
}
