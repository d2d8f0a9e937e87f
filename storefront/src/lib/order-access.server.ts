import { medusa } from "./medusa"

/** The query parameter that carries an order link's key: `/pesanan/<id>?kunci=<key>`. */
export const ORDER_KEY_PARAM = "kunci"

/** Why a buyer cancels, as the backend takes them (its BUYER_CANCEL_REASONS); the page words each one. */
export const CANCEL_REASONS = ["changed_mind", "ordered_wrong", "delivery_too_dear", "cannot_pay", "too_slow", "other"] as const
export type CancelReason = (typeof CANCEL_REASONS)[number]

export const isCancelReason = (value: unknown): value is CancelReason => (CANCEL_REASONS as readonly unknown[]).includes(value)

/** The order's private page: its id and the key that shows it was its buyer who opened it. */
export const orderPagePath = (orderId: string, key: string) => `/pesanan/${encodeURIComponent(orderId)}?${ORDER_KEY_PARAM}=${encodeURIComponent(key)}`

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status

/**
 * The key of an order's link for whoever proves to be its buyer (the backend's
 * POST /store/orders/:id/access-key): the cart it was made from, a signed-in
 * customer's token, or a key to check. Null when nothing given proves it.
 */
export async function askOrderKey(orderId: string, proof: { cartId?: string; key?: string; token?: string }): Promise<string | null> {
  if (!proof.cartId && !proof.key && !proof.token) return null
  try {
    const { key } = await medusa.client.fetch<{ key: string }>(`/store/orders/${encodeURIComponent(orderId)}/access-key`, {
      method: "POST",
      body: { ...(proof.cartId ? { cart_id: proof.cartId } : {}), ...(proof.key ? { key: proof.key } : {}) },
      headers: proof.token ? { authorization: `Bearer ${proof.token}` } : {},
    })
    return key
  } catch (error) {
    // Not the buyer, an unknown order, or a key of the wrong shape: the page is not theirs to see.
    if (statusOf(error) === 404 || statusOf(error) === 400) return null
    throw error
  }
}

/**
 * Cancels the buyer's order (POST /store/orders/:id/cancel). "already" when an
 * earlier tap or another tab canceled it first: the buyer's wish is done.
 */
export async function cancelOwnOrder(orderId: string, key: string, reason: CancelReason): Promise<"canceled" | "already"> {
  try {
    await medusa.client.fetch(`/store/orders/${encodeURIComponent(orderId)}/cancel`, { method: "POST", body: { key, reason } })
    return "canceled"
  } catch (error) {
    if (statusOf(error) === 409 && /sudah dibatalkan/.test((error as Error).message ?? "")) return "already"
    throw error
  }
}
