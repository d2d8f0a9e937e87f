import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProducerDesaLink from "../../links/producer-desa"

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
  return producerIds.map((id) => kecamatanOf(data.find((row) => row.id === id)))
}

export async function kecamatanOfDesa(container: MedusaContainer, desaId: string): Promise<Array<string | null>> {
  const { data } = await queryOf(container).graph({ entity: "desa", fields: ["id", "kecamatan_id"], filters: { id: desaId } })
  return [data[0]?.kecamatan_id ?? null]
}

async function kecamatanOfProductIds(query: Query, productIds: string[]) {
  if (!productIds.length) {
    return []
  }
  const { data } = await query.graph({ entity: "product", fields: ["id", "producer.desa.kecamatan_id"], filters: { id: productIds } })
  return productIds.map((id) => kecamatanOf(data.find((row) => row.id === id)?.producer))
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
  const productIds = (data[0].items ?? []).map((item) => item?.product_id ?? null)
  const known = [...new Set(productIds.filter((id): id is string => !!id))]
  const placed = await kecamatanOfProductIds(query, known)
  return productIds.some((id) => !id) ? [...placed, null] : placed
}

/**
 * Pacitan's desa are reference data (the seed loads them; they change when a
 * village is added, not with the catalogue), so the desa of each kecamatan
 * are kept for a minute: a coordinator paging a kecamatan's queue saves one
 * lookup per page. A desa added in the last minute is missed for that minute.
 */
const DESA_KEPT_MS = 60_000
const desaByKecamatan = new Map<string, { ids: string[]; until: number }>()

async function desaOfKecamatan(container: MedusaContainer, kecamatanIds: string[]): Promise<string[]> {
  const now = Date.now()
  const missing = kecamatanIds.filter((id) => !((desaByKecamatan.get(id)?.until ?? 0) > now))
  if (missing.length) {
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "desa", fields: ["id", "kecamatan_id"], filters: { kecamatan_id: missing } })
    for (const kecamatanId of missing) {
      desaByKecamatan.set(kecamatanId, {
        ids: data.filter((row) => row.kecamatan_id === kecamatanId).map((row) => row.id),
        until: now + DESA_KEPT_MS,
      })
    }
  }
  return kecamatanIds.flatMap((id) => desaByKecamatan.get(id)?.ids ?? [])
}

/** The producers of some kecamatan, for lists filtered to a territory: the kecamatan's desa, then the producer-desa link table. */
export async function producerIdsIn(container: MedusaContainer, kecamatanIds: string[]): Promise<string[]> {
  if (!kecamatanIds.length) {
    return []
  }
  const desaIds = await desaOfKecamatan(container, kecamatanIds)
  if (!desaIds.length) {
    return []
  }
  const { data } = await queryOf(container).graph({ entity: ProducerDesaLink.entryPoint, fields: ["producer_id"], filters: { desa_id: desaIds } })
  // defineLink types entryPoint as a plain string, so query.graph cannot type the link's rows.
  return [...new Set(data.map((row) => row.producer_id as string))]
}
