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
}

const SUMMARY_FIELDS = "id,handle,title,description,thumbnail,*variants.calculated_price"

export async function listProductSummaries({ limit = 24 } = {}): Promise<ProductSummary[]> {
  const region_id = await getRupiahRegionId()
  const { products } = await medusa.store.product.list({ limit, region_id, fields: SUMMARY_FIELDS, order: "created_at" })
  return products.map((product) => {
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
    }
  })
}
