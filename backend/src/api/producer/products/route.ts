import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProducerProductWorkflow } from "../../../workflows/producer-product/create-producer-product"
import { productIdsInCurationState } from "../../../lib/curation/curation-scope"
import { containsPattern } from "../../../lib/text/like-pattern"
import { newProductInput } from "./new-product-input"
import { ownProductIds, presentProduct, retrieveOwnProduct } from "./own-products"
import type { ProducerCreateProductType, ProducerListProductsQueryType } from "./validators"

/**
 * GET /producer/products?q=&curation_state=: the signed-in producer's products,
 * newest first. The title search, the state filter, the order and the page are
 * the database's: only the page's products are read whole.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListProductsQueryType>, res: MedusaResponse) {
  const { q, curation_state } = req.validatedQuery
  const { skip, take } = req.queryConfig.pagination
  const own = await ownProductIds(req.scope, req.auth_context.actor_id)
  const ids = curation_state ? await productIdsInCurationState(req.scope, own, curation_state) : own
  if (!ids.length) {
    res.json({ products: [], count: 0, limit: take, offset: skip })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters: { id: ids, ...(q ? { title: { $ilike: containsPattern(q) } } : {}) },
    pagination: { skip, take, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ products: data.map(presentProduct), count: metadata?.count ?? data.length, limit: take, offset: skip })
}

/** POST /producer/products: a new product of the signed-in producer, a curation draft buyers do not see yet (create-producer-product). */
export async function POST(req: AuthenticatedMedusaRequest<ProducerCreateProductType>, res: MedusaResponse) {
  const { result } = await createProducerProductWorkflow(req.scope).run({
    input: { producer_id: req.auth_context.actor_id, ...newProductInput(req.validatedBody) },
  })
  res.status(201).json({ product: presentProduct(await retrieveOwnProduct(req, result.id)) })
}
