import type { ChildProcess } from "node:child_process"
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import type { StackConfig } from "./config.ts"
import { queryOne } from "./postgres.ts"
import { runToEnd, startLogged, waitForHttp, type Logs } from "./processes.ts"
import { secretsFile, type StackSecrets } from "./secrets.ts"
import { hashSources } from "./source-hash.ts"

const BUILD_INPUTS = ["src", "medusa-config.ts", "package.json", "tsconfig.json", "../package-lock.json"]
const SEED_ENTRY = "seed/src/medusa-exec.ts"
const STORE_SEED_FILE = "seed/data/store.json"

export type BackendPaths = { backendDir: string; serverDir: string; cli: string }

export function backendPaths(root: string): BackendPaths {
  const backendDir = path.join(root, "backend")
  const require = createRequire(path.join(backendDir, "package.json"))
  return {
    backendDir,
    serverDir: path.join(backendDir, ".medusa", "server"),
    cli: require.resolve("@medusajs/cli/cli.js"),
  }
}

/** A made-up account, marked as such, so the demo can show what a bank transfer asks of the buyer. */
const DEMO_BANK_ACCOUNT = "Bank Jatim · 0011223344 · Koperasi OK OCE Pacitan (contoh)"

export function backendEnv(config: StackConfig, secrets: StackSecrets, databaseUrl: string): NodeJS.ProcessEnv {
  const backendUrl = `http://${config.host}:${config.backendPort}`
  const storefrontUrl = `http://${config.host}:${config.storefrontPort}`
  const origins = [storefrontUrl, backendUrl].join(",")
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    REDIS_URL: config.redisUrl ?? "",
    MEILISEARCH_HOST: config.meilisearchHost ?? "",
    JWT_SECRET: secrets.jwtSecret,
    METRICS_TOKEN: process.env.METRICS_TOKEN || secrets.metricsToken,
    COOKIE_SECRET: secrets.cookieSecret,
    MEDUSA_COOKIE_SECURE: "false",
    MEDUSA_BACKEND_URL: backendUrl,
    STORE_CORS: origins,
    ADMIN_CORS: origins,
    AUTH_CORS: origins,
    PORT: String(config.backendPort),
    // The demo runs in production mode; these make its checkout and notifications work without setup.
    BANK_TRANSFER_ACCOUNT: process.env.BANK_TRANSFER_ACCOUNT || DEMO_BANK_ACCOUNT,
    NOTIFICATION_LOG_FILE: process.env.NOTIFICATION_LOG_FILE || path.join(config.dataDir, "logs", "notifications.log"),
    // Links in emails and WhatsApp messages (SMTP_URL, WHATSAPP_* pass through from the environment).
    STOREFRONT_URL: process.env.STOREFRONT_URL || storefrontUrl,
    // Transfer receipts live beside the database that names them, outside the publicly served uploads.
    PRIVATE_FILES_DIR: privateFilesDir(config),
  }
}

/** Where transfer receipts are kept: PRIVATE_FILES_DIR, or the data folder's private-files. */
export function privateFilesDir(config: StackConfig) {
  return process.env.PRIVATE_FILES_DIR || path.join(config.dataDir, "private-files")
}

/** Where Medusa's local file provider keeps uploads (its static/ folder links here). */
export function uploadsDir(dataDir: string) {
  return path.join(dataDir, "uploads")
}

function readMarker(file: string) {
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined
}

/** `medusa build` only when the backend's sources changed since the last build. */
export async function buildBackendIfStale(paths: BackendPaths, env: NodeJS.ProcessEnv, logs: Logs) {
  const marker = path.join(paths.serverDir, ".source-hash")
  const hash = hashSources(paths.backendDir, BUILD_INPUTS)
  if (readMarker(marker) === hash) {
    return false
  }
  await runToEnd("backend-build", process.execPath, [paths.cli, "build"], { cwd: paths.backendDir, env }, logs)
  writeFileSync(marker, hash)
  return true
}

/**
 * Medusa's local file provider writes uploads to static/ under the server
 * folder, which every build wipes. Point it at the data folder instead, so
 * product pictures live as long as the database that names them.
 */
export function linkUploadsToDataDir(paths: BackendPaths, dataDir: string) {
  const uploads = uploadsDir(dataDir)
  const staticDir = path.join(paths.serverDir, "static")
  mkdirSync(uploads, { recursive: true })
  // lstat, not existsSync: a link left by a run whose data folder is gone (a benchmark's) dangles, and
  // existsSync follows it and says false, while symlinkSync still finds the name taken.
  const existing = lstatSync(staticDir, { throwIfNoEntry: false })
  if (existing?.isSymbolicLink()) {
    rmSync(staticDir)
  } else if (existing) {
    rmSync(staticDir, { recursive: true, force: true })
  }
  symlinkSync(uploads, staticDir, "dir")
}

/** Migrations run when this database has not seen this build yet. */
export async function migrateIfNeeded(paths: BackendPaths, env: NodeJS.ProcessEnv, logs: Logs) {
  const buildHash = readMarker(path.join(paths.serverDir, ".source-hash"))
  const applied = await queryOne<{ hash: string }>(
    env.DATABASE_URL!,
    "select to_regclass('public.pasar_desa_build') is not null and exists (select 1 from pasar_desa_build where hash = $1) as hash",
    [buildHash]
  ).catch(() => undefined)
  if (applied?.hash) {
    return false
  }
  await runToEnd(
    "backend-migrate",
    process.execPath,
    [paths.cli, "db:migrate", "--execute-safe-links", "--execute-safe-search"],
    { cwd: paths.serverDir, env },
    logs
  )
  await queryOne(env.DATABASE_URL!, "create table if not exists pasar_desa_build (hash text primary key, migrated_at timestamptz not null default now())")
  await queryOne(env.DATABASE_URL!, "insert into pasar_desa_build (hash) values ($1) on conflict do nothing", [buildHash])
  return true
}

/** Runs the seed loader (idempotent) through `medusa exec` against the built server. */
export async function seedCatalogue(config: StackConfig, paths: BackendPaths, env: NodeJS.ProcessEnv, logs: Logs) {
  const entry = path.relative(paths.serverDir, path.join(config.root, SEED_ENTRY))
  await runToEnd(
    "seed",
    process.execPath,
    [paths.cli, "exec", entry],
    {
      cwd: paths.serverDir,
      env: { ...env, PASAR_DESA_ACCOUNTS_FILE: secretsFile(config.dataDir) },
    },
    logs
  )
}

/** The demo data goes in only when the database has no region yet, so a user's own data is never touched. */
export async function seedIfEmpty(config: StackConfig, paths: BackendPaths, env: NodeJS.ProcessEnv, logs: Logs) {
  const regions = await queryOne<{ count: string }>(env.DATABASE_URL!, "select count(*) from region where deleted_at is null")
  if (Number(regions?.count) > 0) {
    return false
  }
  await seedCatalogue(config, paths, env, logs)
  return true
}

/** The storefront's key is the one the seed names in seed/data/store.json (Medusa also makes a default one). */
export async function readPublishableKey(config: StackConfig, databaseUrl: string) {
  const { publishableKeyTitle } = JSON.parse(readFileSync(path.join(config.root, STORE_SEED_FILE), "utf8"))
  const row = await queryOne<{ token: string }>(
    databaseUrl,
    "select token from api_key where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null order by created_at limit 1",
    [publishableKeyTitle]
  )
  return row?.token
}

export async function startBackend(config: StackConfig, paths: BackendPaths, env: NodeJS.ProcessEnv, logs: Logs): Promise<ChildProcess> {
  const child = startLogged("backend", process.execPath, [paths.cli, "start", "--port", String(config.backendPort)], { cwd: paths.serverDir, env }, logs)
  await waitForHttp(`http://${config.host}:${config.backendPort}/health`, { timeoutMs: 120_000, child, name: "The backend" })
  return child
}
