import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_PRODUCT_FIELDS } from "./query-config"

export type OwnProduct = {
  id: string
  title: string
  variants: Array<{ id: string; title: string; sku: string | null; inventory_items?: Array<{ inventory_item_id: string } | null> } | null>
  product_curation?: { state: string } | null
  product_compliance?: { id: string } | null
  producer?: { id: string } | null
}

/** The ids of the signed-in producer's products, the only ones any /producer route may touch. */
export async function ownProductIds(scope: MedusaContainer, producerId: string): Promise<string[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: producerId } })
  return ((data[0]?.products ?? []) as Array<{ id: string } | null>).flatMap((product) => (product ? [product.id] : []))
}

/** The panel's view of a product: the producer link stays out of the answer. */
export function presentProduct({ producer: _producer, ...product }: Record<string, unknown>) {
  return product
}

/**
 * A product of the signed-in producer, or 404: someone else's product answers
 * exactly as a product that does not exist (the same words, no id echoed), so
 * ids cannot be probed.
 */
export async function retrieveOwnProduct(req: AuthenticatedMedusaRequest, id: string): Promise<OwnProduct & Record<string, unknown>> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: PRODUCER_PRODUCT_FIELDS, filters: { id } })
  const product = data[0] as (OwnProduct & Record<string, unknown>) | undefined
  if (!product || product.producer?.id !== req.auth_context.actor_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Produk tidak ditemukan / product not found")
  }
  return product
}
