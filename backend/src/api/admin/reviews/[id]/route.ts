import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { coordinatorAccess, coversAll } from "../../../../lib/coordinator/coordinator-access"
import { kecamatanOfProducts } from "../../../../lib/coordinator/kecamatan-of"
import { moderateReviewWorkflow } from "../../../../workflows/review/moderate-review"
import { PRODUCT_REVIEW_MODULE } from "../../../../modules/product-review"
import type ProductReviewModuleService from "../../../../modules/product-review/service"
import type { AdminModerateReviewType } from "../validators"

const NOT_FOUND = "Ulasan tidak ditemukan / no such review"
const OUTSIDE = "Produk ulasan ini di luar kecamatan wilayah Anda / this review's product is outside your kecamatan"

/**
 * POST /admin/reviews/:id: a coordinator approves a review (buyers see it, and the product's
 * stars count it) or rejects it with a note. A decision can be changed later; each one
 * records who made it and when. The product's pages follow within seconds.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminModerateReviewType>, res: MedusaResponse) {
  const reviews: ProductReviewModuleService = req.scope.resolve(PRODUCT_REVIEW_MODULE)
  const [review] = await reviews.listProductReviews({ id: req.params.id }, { take: 1 })
  if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, NOT_FOUND)
  const access = await coordinatorAccess(req.scope, req.auth_context.actor_id)
  if (!coversAll(access, await kecamatanOfProducts(req.scope, [review.product_id]))) throw new MedusaError(MedusaError.Types.FORBIDDEN, OUTSIDE)
  const { status, note } = req.validatedBody
  const { result } = await moderateReviewWorkflow(req.scope).run({
    input: { review_id: review.id, status, note: note ?? null, actor_id: req.auth_context.actor_id },
  })
  res.json({ review: result })
}
