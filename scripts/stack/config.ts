import path from "node:path"
import { fileURLToPath } from "node:url"

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

export type StackConfig = {
  root: string
  dataDir: string
  host: string
  backendPort: number
  storefrontPort: number
  postgresPort: number
  /** Set when the user brings their own PostgreSQL: nothing embedded is started. */
  databaseUrl?: string
  redisUrl?: string
  meilisearchHost?: string
  meilisearchApiKey?: string
  /** Where `npm run backup` writes, and where `npm start` keeps daily backups when BACKUP_DIR is set. */
  backupDir: string
  dailyBackups: boolean
  backupKeepDays: number
}

export class StackError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "StackError"
  }
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === "") {
    return fallback
  }
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new StackError(`${name}=${raw} is not a port number: use a whole number between 1 and 65535.`)
  }
  return value
}

function wholeDays(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === "") {
    return fallback
  }
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1) {
    throw new StackError(`${name}=${raw} is not a number of days: use a whole number of at least 1.`)
  }
  return value
}

/** Everything `npm start` can be told, read once from the environment. */
export function readStackConfig(env: NodeJS.ProcessEnv = process.env, root = REPO_ROOT): StackConfig {
  return {
    root,
    dataDir: path.resolve(root, env.PASAR_DATA_DIR || ".data"),
    host: env.HOST || "localhost",
    backendPort: port(env, "BACKEND_PORT", 9000),
    storefrontPort: port(env, "STOREFRONT_PORT", 4321),
    postgresPort: port(env, "EMBEDDED_POSTGRES_PORT", 54329),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    meilisearchHost: env.MEILISEARCH_HOST || undefined,
    meilisearchApiKey: env.MEILISEARCH_API_KEY || undefined,
    backupDir: path.resolve(root, env.BACKUP_DIR || "backups"),
    dailyBackups: Boolean(env.BACKUP_DIR),
    backupKeepDays: wholeDays(env, "BACKUP_KEEP_DAYS", 14),
  }
}
