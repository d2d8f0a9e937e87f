import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producerIdsIn } from "../coordinator/kecamatan-of"
import ProducerProductLink from "../../links/producer-product"
import ProductCurationLink from "../../links/product-curation"
import type { CurationState } from "../../modules/curation/states"

/** Which producers' products a queue may show: those of some kecamatan, of one producer, or both. */
export type CurationScope = { kecamatanIds?: string[]; producerId?: string }

// The link tables' rows are untyped here and below: defineLink types entryPoint as a plain string, so query.graph cannot know them.
const ids = (rows: Array<Record<string, unknown>>, key: string) => [...new Set(rows.map((row) => row[key] as string))]

/**
 * The curation records of the products in a scope, read from the link tables
 * alone (producers of the kecamatan, then products, then curation records): a few indexed
 * lookups whatever the size of the catalogue, so the queue can page in the
 * database instead of loading every product to filter it.
 */
export async function curationIdsInScope(container: MedusaContainer, scope: CurationScope): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let producerIds = scope.producerId ? [scope.producerId] : undefined
  if (scope.kecamatanIds) {
    const placed = await producerIdsIn(container, scope.kecamatanIds)
    producerIds = producerIds ? producerIds.filter((id) => placed.includes(id)) : placed
  }
  if (!producerIds?.length) return []
  const { data: products } = await query.graph({ entity: ProducerProductLink.entryPoint, fields: ["product_id"], filters: { producer_id: producerIds } })
  if (!products.length) return []
  const { data: curations } = await query.graph({
    entity: ProductCurationLink.entryPoint,
    fields: ["product_curation_id"],
    filters: { product_id: ids(products, "product_id") },
  })
  return ids(curations, "product_curation_id")
}

/** Of these products, those whose curation stands in `state`: a lookup on the link table, then on the curation records. */
export async function productIdsInCurationState(container: MedusaContainer, productIds: string[], state: CurationState): Promise<string[]> {
  if (!productIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ProductCurationLink.entryPoint,
    fields: ["product_id", "product_curation_id"],
    filters: { product_id: productIds },
  })
  if (!links.length) return []
  const { data: matching } = await query.graph({ entity: "product_curation", fields: ["id"], filters: { id: ids(links, "product_curation_id"), state } })
  const inState = new Set(ids(matching, "id"))
  return links.filter((link) => inState.has(link.product_curation_id as string)).map((link) => link.product_id as string)
}
