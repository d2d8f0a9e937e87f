import { medusa } from "../medusa"

/** A variant whose shelf holds less than a buyer asked for, named as the cart names it. */
export type StockShortfall = { name: string; left: number }

type VariantStock = {
  id: string
  title: string | null
  product?: { title: string } | null
  inventory_quantity?: number | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
}

/**
 * What the shelf holds now for each wanted variant that it cannot cover, read
 * from the store API (published products of this shop only, so an id sent in
 * a link can only name what any buyer can already see). Pre-order variants
 * (backorder allowed) and unmanaged stock never fall short here.
 */
export async function stockShortfalls(wanted: Array<{ variantId: string; quantity: number }>): Promise<StockShortfall[]> {
  if (!wanted.length) return []
  const { variants } = await medusa.client.fetch<{ variants: VariantStock[] }>("/store/product-variants", {
    query: {
      id: wanted.map((entry) => entry.variantId),
      fields: "id,title,product.title,inventory_quantity,manage_inventory,allow_backorder",
      limit: wanted.length,
    },
  })
  const byId = new Map(variants.map((variant) => [variant.id, variant]))
  return wanted.flatMap(({ variantId, quantity }) => {
    const variant = byId.get(variantId)
    if (!variant?.manage_inventory || variant.allow_backorder) return []
    const left = Math.max(0, Number(variant.inventory_quantity ?? 0))
    if (left >= quantity) return []
    const name = [variant.product?.title, variant.title].filter(Boolean).join(" · ")
    return [{ name, left }]
  })
}
