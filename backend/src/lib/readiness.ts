import Redis from "ioredis"

export type Dependency = "database" | "redis" | "search"
export type DependencyState = "up" | "down" | "not_configured"
export type Readiness = { ready: boolean; checks: Record<Dependency, DependencyState>; down: Dependency[]; degraded: Dependency[]; message?: string }

const NAMES: Record<Dependency, { id: string; en: string }> = {
  database: { id: "basis data (PostgreSQL)", en: "the database (PostgreSQL)" },
  redis: { id: "Redis", en: "Redis" },
  search: { id: "mesin pencari (Meilisearch)", en: "the search engine (Meilisearch)" },
}

const CHECK_TIMEOUT_MS = 1_500

function withTimeout<T>(work: Promise<T>, ms = CHECK_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)))
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** A fresh connection per probe: a client that reconnects in the background would answer from its stale state. */
export async function pingRedis(url: string): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: CHECK_TIMEOUT_MS,
  })
  client.on("error", () => undefined)
  try {
    await withTimeout(client.connect())
    return (await withTimeout(client.ping())) === "PONG"
  } catch {
    return false
  } finally {
    client.disconnect()
  }
}

export async function pingMeilisearch(host: string): Promise<boolean> {
  try {
    const response = await fetch(new URL("/health", host), { signal: AbortSignal.timeout(CHECK_TIMEOUT_MS) })
    return response.ok
  } catch {
    return false
  }
}

const lastStates = new Map<Dependency, DependencyState>()

/** One log line when a dependency goes down or comes back, not one per probe. */
function logChanges(checks: Record<Dependency, DependencyState>) {
  for (const [dependency, state] of Object.entries(checks) as Array<[Dependency, DependencyState]>) {
    const before = lastStates.get(dependency)
    lastStates.set(dependency, state)
    if (state === "down" && before !== "down") {
      console.error(
        `[readiness] ${NAMES[dependency].en} is unreachable: ${dependency === "search" ? "search answers 503, the catalogue still serves" : "the server is not ready (GET /health/ready answers 503)"}.`
      )
    } else if (state === "up" && before === "down") {
      console.info(`[readiness] ${NAMES[dependency].en} is reachable again.`)
    }
  }
}

/**
 * The database and Redis (when configured) are required: without them orders,
 * carts and logins fail. Search is not: the catalogue still serves without it,
 * so a search outage makes the server degraded, not unready.
 */
export async function checkReadiness(probes: { database: () => Promise<unknown>; redisUrl?: string; meilisearchHost?: string }): Promise<Readiness> {
  const state = (configured: boolean, ok: Promise<boolean>): Promise<DependencyState> =>
    configured ? ok.then((up) => (up ? "up" : "down")) : Promise.resolve("not_configured")
  const [database, redis, search] = await Promise.all([
    state(
      true,
      withTimeout(probes.database()).then(
        () => true,
        () => false
      )
    ),
    state(Boolean(probes.redisUrl), probes.redisUrl ? pingRedis(probes.redisUrl) : Promise.resolve(false)),
    state(Boolean(probes.meilisearchHost), probes.meilisearchHost ? pingMeilisearch(probes.meilisearchHost) : Promise.resolve(false)),
  ])
  const checks = { database, redis, search }
  logChanges(checks)
  const down = (["database", "redis"] as const).filter((name) => checks[name] === "down")
  const degraded = checks.search === "down" ? (["search"] as Dependency[]) : []
  const unreachable = [...down, ...degraded]
  const message = unreachable.length
    ? `Layanan terganggu: ${unreachable.map((name) => NAMES[name].id).join(", ")} tidak dapat dihubungi. / Service disrupted: ${unreachable.map((name) => NAMES[name].en).join(", ")} cannot be reached.`
    : undefined
  return { ready: down.length === 0, checks, down, degraded, ...(message ? { message } : {}) }
}
