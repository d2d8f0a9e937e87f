/** The name of the buyer-facing product index (src/search/product.ts). */
export const PRODUCT_SEARCH_INDEX = "product"

import { isUpcoming, pacitanDay } from "../../modules/harvest/rules"
import { visibleToBuyers } from "../curation/buyer-visibility"
import { synonymPhrasesFor } from "./synonyms"

/** A product row as the product index reads it through query.graph. */
export type ProductSearchRow = {
  id: string
  handle: string
  title: string
  description?: string | null
  thumbnail?: string | null
  status: string
  created_at: string | Date
  tags?: Array<{ value: string } | null> | null
  categories?: Array<{ handle: string; name: string } | null> | null
  sales_channels?: Array<{ id: string } | null> | null
  product_curation?: { state: string } | null
  product_compliance?: { halal?: boolean | null } | null
  product_harvest?: { expected_on?: string | Date | null } | null
  producer?: {
    status: string
    handle: string
    business_name: string
    desa?: { handle: string; name: string; kecamatan?: { handle: string; name: string } | null } | null
  } | null
  variants?: Array<{
    manage_inventory?: boolean | null
    allow_backorder?: boolean | null
    prices?: Array<{ amount: number | string; currency_code: string } | null> | null
    inventory_items?: Array<{
      inventory?: { location_levels?: Array<{ stocked_quantity?: number | null; reserved_quantity?: number | null } | null> | null } | null
    } | null> | null
  } | null> | null
}

export const PRODUCT_SEARCH_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "tags.value",
  "categories.handle",
  "categories.name",
  "sales_channels.id",
  "product_curation.state",
  "product_compliance.halal",
  "product_harvest.expected_on",
  "producer.status",
  "producer.handle",
  "producer.business_name",
  "producer.desa.handle",
  "producer.desa.name",
  "producer.desa.kecamatan.handle",
  "producer.desa.kecamatan.name",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/**
 * Whether buyers may find the product: the curation rule (visibleToBuyers),
 * plus published and actually in the OK OCE sales channel.
 */
export function isBuyerVisible(row: ProductSearchRow, buyerChannelId: string | undefined) {
  return row.status === "published" && visibleToBuyers(row) && !!buyerChannelId && (row.sales_channels ?? []).some((channel) => channel?.id === buyerChannelId)
}

type Price = NonNullable<NonNullable<NonNullable<ProductSearchRow["variants"]>[number]>["prices"]>[number]

/** The lowest IDR price among these, what a buyer sees as "mulai dari" (of a product) or the price (of a variant). */
export function lowestIdrPrice(prices: Price[]): number | null {
  const amounts = prices.filter((price) => price?.currency_code === "idr").map((price) => Number(price!.amount))
  return amounts.length ? Math.min(...amounts) : null
}

export function isInStock(row: ProductSearchRow): boolean {
  return (row.variants ?? []).some((variant) => {
    if (!variant) return false
    if (variant.manage_inventory === false || variant.allow_backorder) return true
    const available = (variant.inventory_items ?? [])
      .flatMap((item) => item?.inventory?.location_levels ?? [])
      .reduce((sum, level) => sum + (level?.stocked_quantity ?? 0) - (level?.reserved_quantity ?? 0), 0)
    return available > 0
  })
}

/** The document the product index stores for a buyer-visible product. */
export function toProductSearchDocument(row: ProductSearchRow) {
  const desa = row.producer?.desa
  const kecamatan = desa?.kecamatan
  const category = (row.categories ?? []).find(Boolean) ?? null
  const tags = (row.tags ?? []).flatMap((tag) => (tag ? [tag.value] : []))
  return {
    id: row.id,
    handle: row.handle,
    title: row.title,
    description: row.description ?? null,
    thumbnail: row.thumbnail ?? null,
    status: row.status,
    sales_channel_ids: (row.sales_channels ?? []).flatMap((channel) => (channel ? [channel.id] : [])),
    producer: row.producer ? { handle: row.producer.handle, name: row.producer.business_name } : null,
    desa: desa ? { handle: desa.handle, name: desa.name } : null,
    kecamatan: kecamatan ? { handle: kecamatan.handle, name: kecamatan.name } : null,
    category: category ? { handle: category.handle, name: category.name } : null,
    tags,
    synonyms: synonymPhrasesFor([row.title, row.description ?? "", ...tags].join(" ")),
    halal: row.product_compliance?.halal === true,
    in_stock: isInStock(row),
    // An upcoming harvest can be pre-ordered. Nothing changes when the day passes:
    // the daily refresh-passed-harvests job re-reads the documents left true.
    pre_order: isUpcoming(row.product_harvest?.expected_on, pacitanDay()),
    price: lowestIdrPrice((row.variants ?? []).flatMap((variant) => variant?.prices ?? [])),
    created_at: new Date(row.created_at).toISOString(),
  }
}

export type ProductSearchDocument = ReturnType<typeof toProductSearchDocument>
