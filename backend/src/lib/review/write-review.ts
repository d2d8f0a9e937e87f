import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { PRODUCT_REVIEW_MODULE } from "../../modules/product-review"
import type ProductReviewModuleService from "../../modules/product-review/service"
import { deliveredProductsOf } from "./delivered-products"
import { reviewerName } from "./review-names"
import { writeReviewWorkflow } from "../../workflows/review/write-review"

export const REVIEW_REFUSED = {
  notTheirs: "Produk ini tidak ada di pesanan Anda / this product is not in one of your orders",
  notDelivered:
    "Ulasan bisa ditulis setelah pesanan diterima: tunggu sampai paket Anda ditandai sampai atau diambil / you can review once your order has been delivered or picked up",
  already: "Anda sudah mengulas produk ini untuk pesanan ini / you have already reviewed this product for this order",
} as const

type NewReview = { customer_id: string; order_id: string; product_id: string; rating: number; body: string | null }

/**
 * Keeps a buyer's review, waiting for a coordinator: only for a product of
 * their own order that a coordinator marked delivered or picked up, and once
 * per product and order. Two taps at once are taken in turn, so the second
 * finds the first.
 */
export async function writeReview(container: MedusaContainer, review: NewReview) {
  const reviews: ProductReviewModuleService = container.resolve(PRODUCT_REVIEW_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  return container.resolve(Modules.LOCKING).execute(`product-review:${review.order_id}:${review.product_id}`, async () => {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "items.product_id"],
      filters: { id: review.order_id },
    })
    const order = orders[0]
    if (!order || order.customer_id !== review.customer_id || !(order.items ?? []).some((item) => item?.product_id === review.product_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, REVIEW_REFUSED.notTheirs)
    }
    const delivered = await deliveredProductsOf(container, review.customer_id, review.order_id)
    if (!delivered.some((product) => product.product_id === review.product_id)) {
      return { refused: REVIEW_REFUSED.notDelivered }
    }
    const [existing] = await reviews.listProductReviews({ order_id: review.order_id, product_id: review.product_id }, { take: 1 })
    if (existing) return { refused: REVIEW_REFUSED.already }
    const { data: customers } = await query.graph({ entity: "customer", fields: ["first_name", "last_name"], filters: { id: review.customer_id } })
    const { result } = await writeReviewWorkflow(container).run({
      input: { ...review, reviewer_name: reviewerName(customers[0]?.first_name, customers[0]?.last_name) },
    })
    return { review: result }
  })
}
