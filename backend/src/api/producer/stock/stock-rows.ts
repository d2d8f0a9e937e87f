import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { preorderedItems } from "../../../modules/harvest/preorder"

export type StockRow = {
  product_id: string
  product_title: string
  variant_id: string
  variant_title: string
  sku: string | null
  inventory_item_id: string
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
  /** Ordered beyond the shelf while a harvest is coming: to be filled from the harvest. */
  preordered_quantity: number
  low_stock_threshold: number | null
  low_stock: boolean
  level_exists: boolean
  level_metadata: Record<string, unknown>
}

/** The stock location the signed-in producer keeps their stock at; one per producer (producer-stock-location link). */
export async function producerLocationId(scope: MedusaContainer, producerId: string): Promise<string> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ["stock_location.id"], filters: { id: producerId } })
  const locationId = data[0]?.stock_location?.id
  if (!locationId) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Produsen ini belum punya gudang (lokasi stok); hubungi koordinator / producer has no stock location")
  }
  return locationId
}

/**
 * One row per variant of the given products: its quantity at the producer's
 * location only (stock elsewhere is not theirs to see), and whether it has
 * fallen to the low-stock threshold the producer set on that level.
 */
export async function stockRows(scope: MedusaContainer, locationId: string, productIds: string[]): Promise<StockRow[]> {
  if (!productIds.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title", "variants.id", "variants.title", "variants.sku", "variants.inventory_items.inventory_item_id"],
    filters: { id: productIds },
  })
  const variants = products.flatMap((product) =>
    (product.variants ?? []).flatMap((variant) => {
      const itemId = variant?.inventory_items?.find(Boolean)?.inventory_item_id
      return variant && itemId ? [{ product, variant, itemId }] : []
    })
  )
  const { data: levels } = variants.length
    ? await query.graph({
        entity: "inventory_level",
        fields: ["id", "inventory_item_id", "stocked_quantity", "reserved_quantity", "metadata"],
        filters: { inventory_item_id: variants.map((row) => row.itemId), location_id: locationId },
      })
    : { data: [] }
  return variants.map(({ product, variant, itemId }) => {
    const level = levels.find((row) => row.inventory_item_id === itemId)
    const stocked = Number(level?.stocked_quantity ?? 0)
    const reserved = Number(level?.reserved_quantity ?? 0)
    const threshold = typeof level?.metadata?.low_stock_threshold === "number" ? (level.metadata.low_stock_threshold as number) : null
    return {
      product_id: product.id,
      product_title: product.title,
      variant_id: variant.id,
      variant_title: variant.title,
      sku: variant.sku,
      inventory_item_id: itemId,
      stocked_quantity: stocked,
      reserved_quantity: reserved,
      available_quantity: Math.max(0, stocked - reserved),
      preordered_quantity: preorderedItems(stocked, reserved),
      low_stock_threshold: threshold,
      low_stock: threshold !== null && stocked - reserved <= threshold,
      level_exists: Boolean(level),
      level_metadata: level?.metadata ?? {},
    }
  })
}

/** The row without what only the server needs. */
export function presentStock({ level_exists: _exists, level_metadata: _metadata, ...row }: StockRow) {
  return row
}
