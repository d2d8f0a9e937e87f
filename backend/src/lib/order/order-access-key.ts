import { createHmac, timingSafeEqual } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * The key in a buyer's link to their order (`/pesanan/<id>?kunci=<key>`).
 * An order's id alone does not let anyone act as its buyer: producers see it
 * in their panel and coordinators in the admin. The key is an HMAC of the id
 * under the backend's cookie secret, so it is made and checked here only, is
 * the same every time (the confirmation mail and the page agree), and cannot
 * be worked out from the id.
 */
const PURPOSE = "pasar-desa:order-access:"
/** 32 base64url characters: 192 bits, as hard to guess as the secret allows. */
export const ORDER_ACCESS_KEY_LENGTH = 32

export function orderAccessKey(orderId: string, secret: string): string {
  return createHmac("sha256", secret)
    .update(PURPOSE + orderId)
    .digest("base64url")
    .slice(0, ORDER_ACCESS_KEY_LENGTH)
}

/** Whether `key` is the order's key, compared in constant time. */
export function isOrderAccessKey(orderId: string, key: unknown, secret: string): boolean {
  if (typeof key !== "string" || key.length !== ORDER_ACCESS_KEY_LENGTH) return false
  return timingSafeEqual(Buffer.from(key), Buffer.from(orderAccessKey(orderId, secret)))
}

/** The secret keys are made with: the backend's COOKIE_SECRET (env.ts requires a real one in production). */
export function orderAccessSecret(container: MedusaContainer): string {
  const secret = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.cookieSecret
  if (!secret) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "COOKIE_SECRET is not set: order links cannot be signed")
  return secret
}

/** What a buyer's action on an order answers without the order's key (403). */
export const ORDER_LINK_REFUSED =
  "Tautan pesanan ini tidak sah: buka pesanan dari tautan di email konfirmasi atau dari akun Anda. / This order link is not valid."

/** The order's page on the storefront with its key: what the confirmation mail links to. */
export const signedOrderPath = (orderId: string, key: string) => `/pesanan/${orderId}?kunci=${key}`
