import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { STALE_STOCK_CODE } from "../../workflows/producer-stock/steps/check-stock-change"
import { STOCK_BUSY_CODE } from "../../lib/checkout/cart-stock-lock"
import { DECLINE_CONFLICT_CODE } from "../../modules/producer/order-decline"

export const BUSY_MESSAGE = "Permintaan lain sedang memproses keranjang atau pesanan yang sama. Tunggu sebentar, lalu coba lagi."
const RETRY_AFTER_SECONDS = 5

/**
 * What each of Medusa's locking providers says when a lock stays taken past
 * the wait (Medusa's acquireLockStep rethrows it): Redis's own words, the
 * in-memory provider's and PostgreSQL's advisory lock's.
 */
const LOCK_WAIT_RAN_OUT = [/^Timed-out acquiring lock\.$/, /^Failed to acquire lock for key "/, /^".*" is already locked\.$/]

/**
 * A request that found the cart (or order) locked by another one: Medusa
 * answers 409 with an English sentence about idempotency keys, or, when the
 * lock lives in memory or PostgreSQL and its wait runs out, a plain "Timed-out
 * acquiring lock." that would be a 500. Both are answered here as a 409 in
 * Indonesian with Retry-After: nothing changed, and trying again is right
 * (after a server is killed mid-checkout its cart locks last two minutes).
 */
export function answerBusy(error: unknown, res: MedusaResponse): boolean {
  const { type, message, code } = (error ?? {}) as { type?: string; message?: string; code?: string }
  // Conflicts with their own words, which Medusa's handler would replace with its English sentence
  // about idempotency keys: a stale stock form (the current number), other buyers holding the
  // products' stock locks (the same items, not the same cart), a part already declined or canceled.
  const ownWords = code === STALE_STOCK_CODE || code === STOCK_BUSY_CODE || code === DECLINE_CONFLICT_CODE
  if (!ownWords && type !== MedusaError.Types.CONFLICT && !LOCK_WAIT_RAN_OUT.some((pattern) => pattern.test(message ?? ""))) return false
  // A stale form is fixed by reading the new number, and a declined part stays declined: neither by sending it again.
  if (code !== STALE_STOCK_CODE && code !== DECLINE_CONFLICT_CODE) res.setHeader("retry-after", String(RETRY_AFTER_SECONDS))
  res.status(409).json({ type: "conflict", message: ownWords ? message : BUSY_MESSAGE })
  return true
}
