import { createHash, timingSafeEqual } from "node:crypto"

/** The fields of a Midtrans notification its signature covers. */
export type SignedNotification = { order_id: string; status_code: string; gross_amount: string; signature_key?: string }

/** Midtrans' signature: SHA-512 (hex) of order id, status code, gross amount (as sent, "10000.00") and the server key. */
export function midtransSignature({ order_id, status_code, gross_amount }: SignedNotification, serverKey: string) {
  return createHash("sha512").update(`${order_id}${status_code}${gross_amount}${serverKey}`).digest("hex")
}

/** Whether a notification was signed with this server key; compared in constant time. */
export function isSignedBy(notification: SignedNotification, serverKey: string) {
  if (typeof notification.signature_key !== "string") return false
  const expected = Buffer.from(midtransSignature(notification, serverKey))
  const given = Buffer.from(notification.signature_key.toLowerCase())
  return given.length === expected.length && timingSafeEqual(given, expected)
}
