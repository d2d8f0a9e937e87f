import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { GraphRow } from "../../../lib/query/graph-row"
import { PRODUCER_PRODUCT_FIELDS } from "./query-config"

/** The ids of the signed-in producer's products, the only ones any /producer route may touch. */
export async function ownProductIds(scope: MedusaContainer, producerId: string): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: producerId } })
  return (data[0]?.products ?? []).flatMap((product) => (product ? [product.id] : []))
}

/** The panel's view of a product: the producer link stays out of the answer. */
export function presentProduct({ producer: _producer, ...product }: GraphRow<"product">) {
  return product
}

/**
 * A product of the signed-in producer, or 404: someone else's product answers
 * exactly as a product that does not exist (the same words, no id echoed), so
 * ids cannot be probed.
 */
export async function retrieveOwnProduct(req: AuthenticatedMedusaRequest, id: string): Promise<GraphRow<"product">> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: PRODUCER_PRODUCT_FIELDS, filters: { id } })
  const product = data[0]
  if (!product || product.producer?.id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Produk tidak ditemukan / product not found")
  }
  return product
}
