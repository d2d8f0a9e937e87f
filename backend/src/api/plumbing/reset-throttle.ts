import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { keysOf, limiterReady, sharedLimiter } from "./login-throttle"

/** Reset links an address or an account may ask for in a quarter of an hour. */
export const MAX_RESETS_PER_ACCOUNT = 3
export const MAX_RESETS_PER_ADDRESS = 10
const WINDOW_SECONDS = 15 * 60

export const RESET_THROTTLED_MESSAGE = "Terlalu banyak permintaan atur ulang kata sandi. Coba lagi dalam 15 menit."

/**
 * Guards Medusa's POST /auth/:actor_type/emailpass/reset-password. Every request
 * counts, found account or not (Medusa answers both alike, and so must this):
 * otherwise anyone could flood a producer's inbox or the email provider.
 * Both counts are taken at once, so a refused request costs as much as an answered one.
 */
export async function emailpassResetThrottle(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  await limiterReady(projectConfig.redisUrl)
  const { ip, account } = keysOf(req, "identifier")
  const byAddress = sharedLimiter("emailpass-reset-by-address", MAX_RESETS_PER_ADDRESS, WINDOW_SECONDS, projectConfig.redisUrl)
  const byAccount = sharedLimiter("emailpass-reset-by-account", MAX_RESETS_PER_ACCOUNT, WINDOW_SECONDS, projectConfig.redisUrl)
  const outcomes = await Promise.allSettled([byAddress.consume(ip), account ? byAccount.consume(account) : Promise.resolve(null)])
  const refused = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason as { msBeforeNext?: number }] : []))
  if (refused.length) {
    const waitMs = Math.max(...refused.map((reason) => reason?.msBeforeNext ?? WINDOW_SECONDS * 1000))
    res.setHeader("Retry-After", String(Math.max(1, Math.ceil(waitMs / 1000))))
    res.status(429).json({ type: "too_many_requests", message: RESET_THROTTLED_MESSAGE })
    return
  }
  next()
}
