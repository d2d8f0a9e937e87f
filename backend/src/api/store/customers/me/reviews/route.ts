import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCT_REVIEW_MODULE } from "../../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../../modules/product-review/service"
import { deliveredProductsOf } from "../../../../../lib/review/delivered-products"
import { writeReview } from "../../../../../lib/review/write-review"
import type { StoreCreateReviewType } from "./validators"

const PUBLIC_FIELDS = ["id", "order_id", "product_id", "rating", "body", "status", "created_at"] as const

/**
 * GET /store/customers/me/reviews: what the signed-in buyer may still review
 * (products received, not yet reviewed for that order) and the reviews they
 * wrote, with whether a coordinator approved them yet.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const reviews: ProductReviewModuleService = req.scope.resolve(PRODUCT_REVIEW_MODULE)
  const [delivered, written] = await Promise.all([
    deliveredProductsOf(req.scope, customerId),
    reviews.listProductReviews({ customer_id: customerId }, { select: [...PUBLIC_FIELDS], order: { created_at: "DESC" }, take: 200 }),
  ])
  const reviewed = new Set(written.map((review) => `${review.order_id}:${review.product_id}`))
  res.json({
    reviewable: delivered.filter((product) => !reviewed.has(`${product.order_id}:${product.product_id}`)),
    reviews: written,
  })
}

/** POST /store/customers/me/reviews: the buyer's stars (and words) for a product they received; buyers see it once a coordinator approves. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateReviewType>, res: MedusaResponse) {
  const outcome = await writeReview(req.scope, { customer_id: req.auth_context.actor_id, ...req.validatedBody })
  if ("refused" in outcome) {
    res.status(409).json({ type: "not_allowed", message: outcome.refused })
    return
  }
  const review = outcome.review
  res.status(201).json({ review: Object.fromEntries(PUBLIC_FIELDS.map((field) => [field, review[field]])) })
}
