/** What a coordinator checks of each variant before approving: its name, its price in rupiah and what is on the shelf. */
export type ReviewVariant = {
  id: string
  title: string
  sku: string | null
  price: number | null
  manage_inventory: boolean
  stocked: number | null
  available: number | null
}

export const REVIEW_VARIANT_FIELDS = [
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "images.id",
  "images.url",
]

type Level = { stocked_quantity?: unknown; reserved_quantity?: unknown } | null
type VariantRow = {
  id: string
  title: string | null
  sku?: string | null
  manage_inventory?: boolean | null
  prices?: Array<{ amount?: unknown; currency_code?: string | null } | null> | null
  inventory_items?: Array<{ inventory?: { location_levels?: Level[] | null } | null } | null> | null
} | null

/**
 * Variants as the review shows them: the rupiah price (the shop sells in IDR only) and, for a variant whose
 * stock Medusa keeps, the units counted at the producer's location and how many of them are not yet
 * promised to an order. A variant without kept stock has neither: it is always available.
 */
export function reviewVariants(rows: VariantRow[] | null | undefined): ReviewVariant[] {
  return (rows ?? []).flatMap((variant) => {
    if (!variant) return []
    const rupiah = (variant.prices ?? []).find((price) => price?.currency_code === "idr")
    const levels = (variant.inventory_items ?? []).flatMap((item) => item?.inventory?.location_levels ?? [])
    const sum = (key: "stocked_quantity" | "reserved_quantity") => levels.reduce((total, level) => total + Number(level?.[key] ?? 0), 0)
    const kept = Boolean(variant.manage_inventory)
    return [
      {
        id: variant.id,
        title: variant.title ?? "",
        sku: variant.sku ?? null,
        price: rupiah ? Number(rupiah.amount) : null,
        manage_inventory: kept,
        stocked: kept ? sum("stocked_quantity") : null,
        available: kept ? sum("stocked_quantity") - sum("reserved_quantity") : null,
      },
    ]
  })
}
