import { z } from "@medusajs/framework/zod"
import { BUYER_CANCEL_REASONS, type BuyerCancelReason } from "../../../lib/order/buyer-cancellation"
import { ORDER_ACCESS_KEY_LENGTH } from "../../../lib/order/order-access-key"

const KEY = z
  .string()
  .regex(
    new RegExp(`^[A-Za-z0-9_-]{${ORDER_ACCESS_KEY_LENGTH}}$`),
    "key: kunci pesanan tidak sah; buka pesanan dari tautan di email konfirmasi / not an order key"
  )

/** What proves the caller is the order's buyer: the cart it was made from, its key, or (checked in the route) the customer's login. */
export const StoreOrderAccessKey = z.strictObject({
  cart_id: z
    .string()
    .regex(/^cart_[A-Za-z0-9]+$/, "cart_id: id keranjang tidak sah / not a cart id")
    .optional(),
  key: KEY.optional(),
})

export const StoreCancelOrder = z.strictObject({
  key: KEY,
  // A pattern, not z.enum: Medusa rewrites an enum's error into English-only text, a pattern keeps this message.
  reason: z
    .string()
    .regex(new RegExp(`^(?:${BUYER_CANCEL_REASONS.join("|")})$`), `reason: pilih alasan pembatalan (${BUYER_CANCEL_REASONS.join(", ")}) / choose a reason`)
    .transform((reason) => reason as BuyerCancelReason),
})

export type StoreOrderAccessKeyType = z.infer<typeof StoreOrderAccessKey>
export type StoreCancelOrderType = z.infer<typeof StoreCancelOrder>
