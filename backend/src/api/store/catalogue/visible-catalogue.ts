import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_PRODUCER_FIELDS } from "./public-fields"

export type VisibleProducer = Record<(typeof PUBLIC_PRODUCER_FIELDS)[number], unknown> & {
  desa_id: string
  kecamatan_id: string
  product_ids: string[]
}

/**
 * The producers buyers can see (active ones) with their place and the ids of
 * their products that are published in one of the publishable key's sales channels.
 */
export async function listVisibleProducers(
  container: MedusaContainer,
  { salesChannelIds, filters = {} }: { salesChannelIds: string[]; filters?: Record<string, unknown> }
): Promise<VisibleProducer[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "producer",
    fields: [...PUBLIC_PRODUCER_FIELDS, "desa.id", "desa.kecamatan_id", "products.id", "products.status", "products.sales_channels.id"],
    filters: { ...filters, status: "active" },
  })
  const channels = new Set(salesChannelIds)
  return data
    .filter((producer) => producer.desa)
    .map(({ desa, products, ...producer }) => ({
      ...producer,
      desa_id: desa!.id,
      kecamatan_id: desa!.kecamatan_id,
      product_ids: (products ?? [])
        .filter((product) => product?.status === "published" && product.sales_channels?.some((channel) => channel && channels.has(channel.id)))
        .map((product) => product!.id),
    }))
}

/** Producer and product counts per key (a desa id or a kecamatan id). */
export function countByPlace(producers: VisibleProducer[], key: "desa_id" | "kecamatan_id") {
  const counts = new Map<string, { producer_count: number; product_count: number }>()
  for (const producer of producers) {
    const entry = counts.get(producer[key]) ?? { producer_count: 0, product_count: 0 }
    entry.producer_count++
    entry.product_count += producer.product_ids.length
    counts.set(producer[key], entry)
  }
  return (id: string) => counts.get(id) ?? { producer_count: 0, product_count: 0 }
}
