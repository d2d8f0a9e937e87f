import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { coordinatorAccess } from "../../../lib/coordinator/coordinator-access"
import { producerIdsIn } from "../../../lib/coordinator/kecamatan-of"
import { namesOf } from "../../../lib/coordinator/coordinator-names"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import type { AdminListReviewsQueryType } from "./validators"

/** The products a kecamatan coordinator looks after; undefined for a head, who sees all. */
async function productIdsInTerritory(req: AuthenticatedMedusaRequest): Promise<string[] | undefined> {
  const access = await coordinatorAccess(req.scope, req.auth_context.actor_id)
  if (access.role === "head") return undefined
  const producerIds = await producerIdsIn(req.scope, access.kecamatan_ids)
  if (!producerIds.length) return []
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["products.id"], filters: { id: producerIds } })
  return data.flatMap((producer) => (producer.products ?? []).flatMap((product) => (product ? [product.id] : [])))
}

/**
 * GET /admin/reviews: buyers' reviews by status (waiting first by default), oldest waiting first,
 * with the product, the order and who moderated; a kecamatan coordinator sees their kecamatan's.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListReviewsQueryType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery
  const territory = await productIdsInTerritory(req)
  if (territory && !territory.length) return res.json({ reviews: [], count: 0, limit, offset })
  const [reviews, count] = await req.scope
    .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
    .listAndCountProductReviews(
      { status, ...(territory ? { product_id: territory } : {}) },
      { order: { created_at: status === "pending" ? "ASC" : "DESC", id: "ASC" }, take: limit, skip: offset }
    )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const productIds = [...new Set(reviews.map((review) => review.product_id))]
  const orderIds = [...new Set(reviews.map((review) => review.order_id))]
  const [{ data: products }, { data: orders }, names] = await Promise.all([
    productIds.length ? query.graph({ entity: "product", fields: ["id", "title", "handle"], filters: { id: productIds } }) : { data: [] },
    orderIds.length ? query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } }) : { data: [] },
    namesOf(
      req.scope,
      reviews.flatMap((review) => (review.moderated_by ? [review.moderated_by] : []))
    ),
  ])
  const productOf = new Map(products.map((product) => [product.id, { id: product.id, title: product.title, handle: product.handle }]))
  const displayIdOf = new Map(orders.map((order) => [order.id, Number(order.display_id)]))
  res.json({
    reviews: reviews.map((review) => ({
      ...review,
      product: productOf.get(review.product_id) ?? null,
      order_display_id: displayIdOf.get(review.order_id) ?? null,
      moderated_by_name: review.moderated_by ? (names.get(review.moderated_by) ?? review.moderated_by) : null,
    })),
    count,
    limit,
    offset,
  })
}
