import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Where things lie: the kecamatan of each producer (through its desa) that a
 * request touches. An id that does not exist gives a null, which no
 * kecamatan coordinator's territory covers.
 */
type Query = ReturnType<typeof queryOf>
const queryOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.QUERY)

type Placed = { desa?: { kecamatan_id?: string | null } | null } | null | undefined
const kecamatanOf = (producer: Placed) => producer?.desa?.kecamatan_id ?? null

export async function kecamatanOfProducers(container: MedusaContainer, producerIds: string[]): Promise<Array<string | null>> {
  const { data } = await queryOf(container).graph({ entity: "producer", fields: ["id", "desa.kecamatan_id"], filters: { id: producerIds } })
  return producerIds.map((id) => kecamatanOf(data.find((row) => row.id === id) as Placed))
}

export async function kecamatanOfDesa(container: MedusaContainer, desaId: string): Promise<Array<string | null>> {
  const { data } = await queryOf(container).graph({ entity: "desa", fields: ["id", "kecamatan_id"], filters: { id: desaId } })
  return [(data[0]?.kecamatan_id as string | undefined) ?? null]
}

async function kecamatanOfProductIds(query: Query, productIds: string[]) {
  if (!productIds.length) {
    return []
  }
  const { data } = await query.graph({ entity: "product", fields: ["id", "producer.desa.kecamatan_id"], filters: { id: productIds } })
  return productIds.map((id) => kecamatanOf((data.find((row) => row.id === id) as { producer?: Placed } | undefined)?.producer))
}

export function kecamatanOfProducts(container: MedusaContainer, productIds: string[]) {
  return kecamatanOfProductIds(queryOf(container), productIds)
}

/** An order's kecamatan are those of the producers of its lines; a line without a product (a custom line) has none. */
export async function kecamatanOfOrder(container: MedusaContainer, orderId: string): Promise<Array<string | null>> {
  const query = queryOf(container)
  const { data } = await query.graph({ entity: "order", fields: ["id", "items.product_id"], filters: { id: orderId } })
  if (!data.length) {
    return [null]
  }
  const productIds = ((data[0] as { items?: Array<{ product_id?: string | null } | null> }).items ?? []).map((item) => item?.product_id ?? null)
  const known = [...new Set(productIds.filter((id): id is string => !!id))]
  const placed = await kecamatanOfProductIds(query, known)
  return productIds.some((id) => !id) ? [...placed, null] : placed
}

/** The producers of some kecamatan, for lists filtered to a territory. */
export async function producerIdsIn(container: MedusaContainer, kecamatanIds: string[]): Promise<string[]> {
  if (!kecamatanIds.length) {
    return []
  }
  const { data } = await queryOf(container).graph({ entity: "desa", fields: ["id", "producers.id"], filters: { kecamatan_id: kecamatanIds } })
  return data.flatMap((desa) => ((desa as { producers?: Array<{ id: string } | null> }).producers ?? []).flatMap((producer) => (producer ? [producer.id] : [])))
}
