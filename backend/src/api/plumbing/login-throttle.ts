import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible"
import { clientAddressOf } from "./client-address"

/** Ten failed logins a minute from one address, whatever the accounts; the next attempt from there is refused. */
export const MAX_LOGIN_FAILURES = 10
/**
 * Five failed logins a minute at one account from one address; that address's next try at that
 * account is refused. Counted per account and address, never per account alone: a count per
 * account would let anyone lock its owner out with a few wrong passwords.
 */
export const MAX_ACCOUNT_FAILURES_PER_ADDRESS = 5
const WINDOW_SECONDS = 60

/** One answer for an unknown email and a wrong password, so logins cannot be used to find accounts. */
export const LOGIN_FAILED_MESSAGE = "Email atau kata sandi salah."
export const LOGIN_THROTTLED_MESSAGE = "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam satu menit."

const limiters = new Map<string, RateLimiterAbstract>()
let sharedClient: { url: string; client: Redis; settled: boolean } | undefined

/**
 * One Redis connection for every limiter. Its outages are logged once each
 * (when it drops and when it is back), not once per reconnect attempt: while
 * Redis is down the limiters count in memory (see sharedLimiter).
 */
function throttleRedis(redisUrl: string) {
  if (sharedClient?.url === redisUrl) {
    return sharedClient
  }
  const client = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: (times) => Math.min(times * 200, 2_000) })
  const state = { url: redisUrl, client, settled: false }
  let down = false
  client.on("ready", () => {
    state.settled = true
    if (down) {
      down = false
      console.info("[login-throttle] Redis is back: login attempts are counted in Redis again.")
    }
  })
  client.on("error", (error: Error & { code?: string }) => {
    state.settled = true
    if (!down) {
      down = true
      console.warn(`[login-throttle] Redis unreachable (${error.code ?? error.message}): counting login attempts in this process's memory until it returns.`)
    }
  })
  sharedClient = state
  return state
}

/**
 * Waits for the limiters' Redis connection, on the first logins after a start
 * only: the connection may still be opening, and those logins should not be
 * counted in memory. Once it has connected or failed, nothing waits (during
 * an outage the limiter falls back at once).
 */
export async function limiterReady(redisUrl: string | undefined, waitMs = 2_000) {
  if (!redisUrl) return
  const state = throttleRedis(redisUrl)
  if (state.settled || state.client.status === "ready") return
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, waitMs)
    state.client.once("ready", done)
    state.client.once("error", done)
    function done() {
      clearTimeout(timer)
      state.client.off("ready", done)
      state.client.off("error", done)
      resolve()
    }
  })
}

/**
 * Counts are kept in Redis when the app has one, so every server process
 * sees the same count; otherwise in this process's memory (one process only).
 * While Redis is unreachable the Redis limiter answers from an in-memory one
 * (its insurance), so logins keep working and stay limited per process.
 * One limiter per purpose (its key prefix), made once.
 */
export function sharedLimiter(keyPrefix: string, points: number, duration: number, redisUrl: string | undefined): RateLimiterAbstract {
  let limiter = limiters.get(keyPrefix)
  if (!limiter) {
    const options = { keyPrefix, points, duration }
    limiter = redisUrl
      ? new RateLimiterRedis({
          ...options,
          storeClient: throttleRedis(redisUrl).client,
          rejectIfRedisNotReady: true,
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options)
    limiters.set(keyPrefix, limiter)
  }
  return limiter
}

const failures = (redisUrl: string | undefined) => sharedLimiter("emailpass-login-failures", MAX_LOGIN_FAILURES, WINDOW_SECONDS, redisUrl)

/**
 * Counter keys for the client's address, the account named in the body (`email` at login,
 * `identifier` for a reset) and the two together. An address holds no "|", so no pair of
 * address and email can pose as another.
 */
export function keysOf(req: MedusaRequest, field: "email" | "identifier" = "email") {
  const named = (req.body as Record<string, unknown> | undefined)?.[field]
  const email = typeof named === "string" ? named.trim().toLowerCase() : ""
  const address = clientAddressOf(req)
  return {
    ip: `ip:${address}`,
    account: email ? `account:${email}` : undefined,
    accountFromIp: email ? `account-from-ip:${address}|${email}` : undefined,
  }
}

/**
 * Guards Medusa's email/password login (POST /auth/:actor_type/emailpass):
 * refuses with 429 once an address has failed too often in the last minute,
 * or has failed too often at the account it names; counts each 401, and gives
 * every failure the same message. The account's owner, signing in from an
 * address that has not failed that often, is never refused.
 * Every actor type shares the count: one email has one password whether it
 * signs in as producer, buyer or coordinator, so guessing through another
 * actor's login must not get around the limit.
 */
export async function emailpassLoginThrottle(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  await limiterReady(projectConfig.redisUrl)
  const store = failures(projectConfig.redisUrl)
  const { ip, accountFromIp } = keysOf(req)
  const [fromIp, atAccount] = await Promise.all([store.get(ip), accountFromIp ? store.get(accountFromIp) : null])
  const spent = [
    fromIp && fromIp.consumedPoints >= MAX_LOGIN_FAILURES ? fromIp : null,
    atAccount && atAccount.consumedPoints >= MAX_ACCOUNT_FAILURES_PER_ADDRESS ? atAccount : null,
  ].filter((count) => count !== null)
  if (spent.length) {
    const retryAfter = Math.max(1, Math.ceil(Math.max(...spent.map((count) => count.msBeforeNext)) / 1000))
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({ type: "too_many_requests", message: LOGIN_THROTTLED_MESSAGE })
    return
  }
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    if (res.statusCode !== 401) {
      return json(body)
    }
    // Count the failure before answering, so the next attempt already sees it.
    const keys = accountFromIp ? [ip, accountFromIp] : [ip]
    Promise.allSettled(keys.map((key) => store.penalty(key, 1))).finally(() => json({ type: "unauthorized", message: LOGIN_FAILED_MESSAGE }))
    return res
  }) as typeof res.json
  next()
}
