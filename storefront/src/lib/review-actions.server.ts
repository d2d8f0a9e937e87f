import type { APIContext } from "astro"
import { medusa } from "./medusa"
import { sessionToken } from "./account.server"

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

/** A product of one of the buyer's orders that reached them and that they have not reviewed. */
export type Reviewable = { order_id: string; display_id: number; product_id: string; title: string; thumbnail: string | null; delivered_at: string }
/** A review the buyer wrote, and whether a coordinator approved it yet. */
export type OwnReview = { id: string; order_id: string; product_id: string; rating: number; body: string | null; status: "pending" | "approved" | "rejected" }

/** What the signed-in buyer may still review and what they wrote (GET /store/customers/me/reviews). */
export async function myReviews(token: string): Promise<{ reviewable: Reviewable[]; reviews: OwnReview[] }> {
  return medusa.client.fetch("/store/customers/me/reviews", { headers: bearer(token) })
}

const ORDER_ID = /^order_[A-Za-z0-9]+$/
const PRODUCT_ID = /^prod_[A-Za-z0-9]+$/
/** As the backend takes it (validators there): up to 1,000 characters. */
export const REVIEW_MAX_LENGTH = 1000

/**
 * POST /akun/ulasan: the signed-in buyer's stars and words for a product they
 * received, from the order's page. Back to that page, which says the review
 * waits for a coordinator, or why it was refused.
 */
export async function submitReview(context: APIContext) {
  const form = await context.request.formData().catch(() => new FormData())
  const orderId = String(form.get("order_id") ?? "")
  const account = context.currentLocale === "en" ? "/en/akun" : "/akun"
  const token = sessionToken(context.cookies)
  if (!token || !ORDER_ID.test(orderId)) return context.redirect(`${account}?galat=review_login`, 303)
  const back = (outcome: string) => context.redirect(`${account}/pesanan/${orderId}?${outcome}#ulasan`, 303)
  const rating = String(form.get("rating") ?? "")
  const productId = String(form.get("product_id") ?? "")
  const body = String(form.get("body") ?? "").trim()
  if (!/^[1-5]$/.test(rating) || !PRODUCT_ID.test(productId)) return back("galat=review_stars")
  if (body.length > REVIEW_MAX_LENGTH) return back("galat=review_long")
  try {
    await medusa.client.fetch("/store/customers/me/reviews", {
      method: "POST",
      headers: bearer(token),
      body: { order_id: orderId, product_id: productId, rating, ...(body ? { body } : {}) },
    })
    return back("ulasan=terkirim")
  } catch (error) {
    const status = (error as { status?: number }).status
    // 409: not delivered yet or already reviewed; 404: not their order. Both are "this review cannot be sent".
    return back(status === 409 || status === 404 ? "galat=review_refused" : "galat=review_failed")
  }
}
