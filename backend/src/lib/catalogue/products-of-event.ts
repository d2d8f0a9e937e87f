import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ORDER_STOCK_EVENTS, ProducerEvents, STOCK_EVENTS, VARIANT_EVENTS } from "../events"

/** Query as the container and the search ingestion context both hand it over. */
export type Query = Pick<RemoteQueryFunction, "graph">

export type CatalogueEvent = { name: string; data: EventData }
type EventData = { id?: string | string[] } | Array<{ id?: string }>

export const idsOf = (data: EventData): string[] =>
  (Array.isArray(data) ? data.map((entry) => entry.id) : [data.id].flat()).filter((id): id is string => typeof id === "string")

/**
 * The products a catalogue event is about. Events name products, variants,
 * inventory levels, orders or producers; what a buyer sees changes on the
 * pages of the products behind them. The search index and the page caches
 * both follow these.
 */
export async function productIdsOfEvent(query: Query, event: CatalogueEvent): Promise<string[]> {
  const ids = idsOf(event.data)
  if (!ids.length) return []
  if (event.name === ProducerEvents.UPDATED) {
    const { data } = await query.graph({ entity: "producer", fields: ["products.id"], filters: { id: ids } })
    return data.flatMap((producer) => (producer.products ?? []).flatMap((product) => (product ? [product.id] : [])))
  }
  if (STOCK_EVENTS.includes(event.name)) {
    const { data } = await query.graph({ entity: "inventory_level", fields: ["inventory_item_id"], filters: { id: ids }, withDeleted: true })
    const itemIds = data.map((level) => level.inventory_item_id)
    if (!itemIds.length) return []
    const { data: items } = await query.graph({ entity: "inventory_item", fields: ["variants.product_id"], filters: { id: itemIds } })
    return items.flatMap((item) => (item.variants ?? []).flatMap((variant) => (variant?.product_id ? [variant.product_id] : [])))
  }
  if (ORDER_STOCK_EVENTS.includes(event.name)) {
    // The products of the order's lines: their reservations were just made or released.
    const { data } = await query.graph({ entity: "order", fields: ["items.product_id"], filters: { id: ids } })
    return data.flatMap((order) => (order.items ?? []).flatMap((item) => (item?.product_id ? [item.product_id] : [])))
  }
  if (VARIANT_EVENTS.includes(event.name)) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: ids } })
    return data.flatMap((variant) => (variant.product_id ? [variant.product_id] : []))
  }
  return ids
}
