import { medusa } from "../medusa"
import { getRupiahRegionId } from "./regions"

export type ProductSummary = {
  id: string
  handle: string
  title: string
  description: string | null
  thumbnail: string | null
  /** The lowest variant price in rupiah, when the product has one. */
  fromPrice: number | null
  producerName: string | null
  villageName: string | null
  /** Approved by an OK OCE coordinator: the product carries the badge. */
  okOce: boolean
}

const SUMMARY_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "*variants.calculated_price",
  "+producer.business_name",
  "+producer.desa.name",
  "+product_curation.state",
].join(",")

type ListQuery = { limit?: number; collection_id?: string[]; id?: string[] }

export async function listProductSummaries({ limit = 24, collection_id, id }: ListQuery = {}): Promise<ProductSummary[]> {
  const region_id = await getRupiahRegionId()
  const { products } = await medusa.store.product.list({
    limit,
    region_id,
    fields: SUMMARY_FIELDS,
    order: "created_at",
    ...(collection_id ? { collection_id } : {}),
    ...(id ? { id } : {}),
  })
  return products.map((product) => {
    const linked = product as typeof product & {
      producer?: { business_name?: string; desa?: { name?: string } | null } | null
      product_curation?: { state?: string } | null
    }
    const amounts = (product.variants ?? [])
      .map((variant) => variant.calculated_price?.calculated_amount)
      .filter((amount): amount is number => typeof amount === "number")
    return {
      id: product.id,
      handle: product.handle,
      title: product.title,
      description: product.description ?? null,
      thumbnail: product.thumbnail ?? null,
      fromPrice: amounts.length ? Math.min(...amounts) : null,
      producerName: linked.producer?.business_name ?? null,
      villageName: linked.producer?.desa?.name ?? null,
      okOce: linked.product_curation?.state === "approved",
    }
  })
}

/** The products coordinators feature as "Pilihan Kurator" (a Medusa collection). */
export async function listCuratorsPicks(limit = 8): Promise<ProductSummary[]> {
  const { collections } = await medusa.store.collection.list({ handle: "pilihan-kurator", fields: "id" })
  if (!collections.length) {
    return []
  }
  return listProductSummaries({ limit, collection_id: [collections[0].id] })
}
