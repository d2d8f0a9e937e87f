import type { IOrderModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readProductStock } from "./preorder-capacity"

export type LineWanted = { id: string; variant_id: string | null; quantity: number }

/** A line the shelf cannot cover (in part): how many of it come from the harvest, and on which day that harvest is expected. */
export type PreorderLine = { line_id: string; from_harvest: number; expected_on: string }

/** Where an order line keeps it (the order's page, the producer's list): its metadata. */
export const PREORDER_METADATA = { expectedOn: "harvest_expected_on", fromHarvest: "from_harvest" } as const

/**
 * Which lines are pre-orders: what the shelf does not cover, for a product whose
 * harvest is upcoming (the cart checks already bound it by the forecast). Lines
 * of one variant take the shelf in their order. `ownReserved` gives back, per
 * variant, the inventory units this order already holds, so an order just
 * placed is judged against the shelf as it was before it.
 */
export async function preorderLinesOf(container: MedusaContainer, lines: LineWanted[], ownReserved = new Map<string, number>()): Promise<PreorderLine[]> {
  const variantIds = [...new Set(lines.flatMap((line) => (line.variant_id ? [line.variant_id] : [])))]
  if (!variantIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "product_id", "manage_inventory"], filters: { id: variantIds } })
  const productOf = new Map(variants.flatMap((variant) => (variant.manage_inventory && variant.product_id ? [[variant.id, variant.product_id] as const] : [])))
  const stock = await readProductStock(container, [...new Set(productOf.values())])
  const used = new Map<string, number>()
  return lines.flatMap((line) => {
    const entry = line.variant_id ? stock.get(productOf.get(line.variant_id) ?? "") : undefined
    if (!line.variant_id || !entry || entry.preorderRemaining === null) return []
    const link = entry.product.variants?.find((variant) => variant?.id === line.variant_id)?.inventory_items?.[0]
    const unreserved = (entry.unreservedUnits.get(line.variant_id) ?? 0) + (ownReserved.get(line.variant_id) ?? 0)
    const shelf = Math.max(0, Math.floor(unreserved / (Number(link?.required_quantity) || 1))) - (used.get(line.variant_id) ?? 0)
    used.set(line.variant_id, (used.get(line.variant_id) ?? 0) + line.quantity)
    const fromHarvest = Math.min(line.quantity, line.quantity - Math.max(0, shelf))
    return fromHarvest > 0
      ? [{ line_id: line.id, from_harvest: fromHarvest, expected_on: new Date(entry.product.product_harvest!.expected_on).toISOString().slice(0, 10) }]
      : []
  })
}

/**
 * Marks an order's pre-ordered lines with their harvest day, right after the
 * order is placed and while its products' stock locks are still held (no other
 * order can move the shelf meanwhile): the order's page and the producer say
 * which goods wait for the harvest, long after the shelf has changed.
 */
export async function markPreorderedLines(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // items.*: Medusa fills in an order line's quantity (kept in its detail record) only for a full select.
  const { data } = await query.graph({ entity: "order", fields: ["id", "items.*"], filters: { id: orderId } })
  const lines = (data[0]?.items ?? []).flatMap((item) => (item ? [{ id: item.id, variant_id: item.variant_id ?? null, quantity: Number(item.quantity) }] : []))
  if (!lines.length) return
  const reservations = await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lines.map((line) => line.id) })
  const variantOfLine = new Map(lines.map((line) => [line.id, line.variant_id]))
  const ownReserved = new Map<string, number>()
  for (const reservation of reservations) {
    const variantId = reservation.line_item_id ? variantOfLine.get(reservation.line_item_id) : null
    if (variantId) ownReserved.set(variantId, (ownReserved.get(variantId) ?? 0) + Number(reservation.quantity))
  }
  const preorders = await preorderLinesOf(container, lines, ownReserved)
  if (!preorders.length) return
  const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
  const metadataOf = new Map((data[0]?.items ?? []).flatMap((item) => (item ? [[item.id, item.metadata ?? {}] as const] : [])))
  const marked = preorders.map((line) => ({
    id: line.line_id,
    metadata: { ...metadataOf.get(line.line_id), [PREORDER_METADATA.expectedOn]: line.expected_on, [PREORDER_METADATA.fromHarvest]: line.from_harvest },
  }))
  // Medusa keeps an order line's metadata twice: on the line, and on the order's item record, whose copy
  // (when set, as it is from the cart) is what the order's items show. Both say the same.
  await orders.updateOrderLineItems(marked.map(({ id, metadata }) => ({ selector: { id }, data: { metadata } })))
  await orders.updateOrderItem(marked.map(({ id, metadata }) => ({ selector: { item_id: id, order_id: orderId }, data: { metadata } })))
}
