import type { MedusaContainer } from "@medusajs/framework/types"
import { PRODUCT_REVIEW_MODULE } from "../../modules/product-review"
import type ProductReviewModuleService from "../../modules/product-review/service"

/** A review as buyers see it: the writer's short name, never their account. */
export type PublicReview = { id: string; reviewer_name: string; rating: number; body: string | null; created_at: string }

/** How many reviews a product's page shows, newest first; its stars count every approved one. */
export const REVIEWS_ON_PAGE = 10

/** The newest approved reviews of a product, for its page (the (product_id, status) index). */
export async function approvedReviewsOf(container: MedusaContainer, productId: string): Promise<PublicReview[]> {
  const reviews: ProductReviewModuleService = container.resolve(PRODUCT_REVIEW_MODULE)
  const rows = await reviews.listProductReviews(
    { product_id: productId, status: "approved" },
    { select: ["id", "reviewer_name", "rating", "body", "created_at"], order: { created_at: "DESC", id: "DESC" }, take: REVIEWS_ON_PAGE }
  )
  return rows.map((row) => ({
    id: row.id,
    reviewer_name: row.reviewer_name,
    rating: Number(row.rating),
    body: row.body ?? null,
    created_at: new Date(row.created_at).toISOString(),
  }))
}
