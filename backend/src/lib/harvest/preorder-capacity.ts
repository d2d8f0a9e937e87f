import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { forecastPerItem, formatForecast, preorderedItems, roundForecast } from "../../modules/harvest/preorder"
import { isUpcoming, pacitanDay } from "../../modules/harvest/rules"
import type { GraphRow } from "../query/graph-row"

export type ProductStock = {
  product: GraphRow<"product">
  /** Per variant: items on the shelf not yet reserved (never below 0). */
  available: Map<string, number>
  /** Per variant: stocked less reserved, in inventory units; below 0 by what pre-orders hold. */
  unreservedUnits: Map<string, number>
  /** The upcoming harvest's forecast left for pre-orders, in its unit; null without an upcoming harvest. */
  preorderRemaining: number | null
}

/** Stock and pre-order room of products, read from Medusa's inventory levels (every location the product keeps stock at). */
export async function readProductStock(container: MedusaContainer, productIds: string[], today = pacitanDay()): Promise<Map<string, ProductStock>> {
  if (!productIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "title",
      "variants.id",
      "variants.title",
      "variants.weight",
      "variants.manage_inventory",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.required_quantity",
      "product_harvest.expected_on",
      "product_harvest.forecast_quantity",
      "product_harvest.unit",
    ],
    filters: { id: productIds },
  })
  const itemIds = products.flatMap((product) =>
    (product.variants ?? []).flatMap((variant) => (variant?.inventory_items ?? []).flatMap((link) => (link ? [link.inventory_item_id] : [])))
  )
  const levels = itemIds.length ? await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: itemIds }) : []
  const onItem = new Map<string, { stocked: number; reserved: number }>()
  for (const level of levels) {
    const sum = onItem.get(level.inventory_item_id) ?? { stocked: 0, reserved: 0 }
    onItem.set(level.inventory_item_id, { stocked: sum.stocked + Number(level.stocked_quantity), reserved: sum.reserved + Number(level.reserved_quantity) })
  }
  return new Map(
    products.map((product) => {
      const available = new Map<string, number>()
      const unreservedUnits = new Map<string, number>()
      let preordered = 0
      const harvest = product.product_harvest && isUpcoming(product.product_harvest.expected_on, today) ? product.product_harvest : null
      for (const variant of product.variants ?? []) {
        const link = variant?.inventory_items?.[0]
        if (!variant || !link) continue
        const level = onItem.get(link.inventory_item_id) ?? { stocked: 0, reserved: 0 }
        const perItem = Number(link.required_quantity) || 1
        available.set(variant.id, Math.max(0, Math.floor((level.stocked - level.reserved) / perItem)))
        unreservedUnits.set(variant.id, level.stocked - level.reserved)
        if (harvest) preordered += (preorderedItems(level.stocked, level.reserved) / perItem) * forecastPerItem(harvest.unit, variant.weight)
      }
      const preorderRemaining = harvest ? Math.max(0, roundForecast(harvest.forecast_quantity - preordered)) : null
      return [product.id, { product, available, unreservedUnits, preorderRemaining }]
    })
  )
}

/** What a buyer reads when a variant's shelf cannot cover the cart: "Stok 'Gula Aren · 500 g' tinggal 2". */
export const stockLeftMessage = (name: string, left: number) =>
  left > 0 ? `Stok '${name}' tinggal ${left} / only ${left} left in stock` : `Stok '${name}' habis / out of stock`

/**
 * Refuses a cart that wants more than the shelf holds, unless the product's
 * harvest is upcoming and the extra fits in what is left of its forecast.
 * `wanted` is the whole quantity the cart would hold per variant. Medusa's own
 * check lets a pre-order variant (allow_backorder) through unbounded: this is the bound.
 */
export async function assertStockOrPreorder(container: MedusaContainer, wanted: Map<string, number>) {
  if (!wanted.size) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product_id", "manage_inventory"], filters: { id: [...wanted.keys()] } })
  // Medusa's model lets a variant have no product; such a variant has no stock entry, which the loop below skipped anyway.
  const managed = data.flatMap(({ id, product_id, manage_inventory }) => (manage_inventory && product_id ? [{ id, product_id }] : []))
  const stock = await readProductStock(container, [...new Set(managed.map((variant) => variant.product_id))])
  const preorderNeed = new Map<string, number>()
  for (const { id, product_id } of managed) {
    const entry = stock.get(product_id)
    const variant = entry?.product.variants?.find((candidate) => candidate?.id === id)
    if (!entry || !variant) continue
    const shortfall = (wanted.get(id) ?? 0) - (entry.available.get(id) ?? 0)
    if (shortfall <= 0) continue
    const name = `${entry.product.title} · ${variant.title}`
    if (entry.preorderRemaining === null) {
      const left = entry.available.get(id) ?? 0
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, stockLeftMessage(name, left))
    }
    preorderNeed.set(product_id, (preorderNeed.get(product_id) ?? 0) + shortfall * forecastPerItem(entry.product.product_harvest!.unit, variant.weight))
  }
  for (const [productId, need] of preorderNeed) {
    const { product, preorderRemaining } = stock.get(productId)!
    const { unit, forecast_quantity } = product.product_harvest!
    if (roundForecast(need) > preorderRemaining!) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Pre-order '${product.title}' tinggal ${formatForecast(preorderRemaining!, unit)} dari perkiraan panen ${formatForecast(forecast_quantity, unit)} / only ${formatForecast(preorderRemaining!, unit)} left to pre-order`
      )
    }
  }
}
