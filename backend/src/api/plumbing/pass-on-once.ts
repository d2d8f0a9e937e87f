import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Passes a payment provider's delivery on to Medusa's hook route once: one
 * seen before under `seenKey` is answered 200 and dropped (providers redeliver,
 * and an attacker can replay a captured one). It is remembered only once
 * Medusa has taken it, so a failed delivery can be retried.
 */
export async function passOnOnce(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction, seenKey: string, ttlSeconds: number) {
  const cache = req.scope.resolve<ICacheService>(Modules.CACHE)
  if (await cache.get(seenKey)) {
    res.status(200).json({ received: true, duplicate: true })
    return
  }
  res.on("finish", () => {
    if (res.statusCode === 200) void cache.set(seenKey, true, ttlSeconds)
  })
  next()
}
