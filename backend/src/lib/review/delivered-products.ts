import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A product a buyer received in one order: what a review is written about. */
export type DeliveredProduct = {
  order_id: string
  display_id: number
  product_id: string
  title: string
  thumbnail: string | null
  delivered_at: string
}

type OrderRow = {
  id: string
  display_id: number | string
  status: string
  items?: Array<{ id: string; product_id?: string | null; product_title?: string | null; title: string; thumbnail?: string | null } | null> | null
  fulfillments?: Array<{ delivered_at?: string | Date | null; items?: Array<{ line_item_id?: string | null } | null> | null } | null> | null
}

/**
 * The products a customer received: lines of their orders that stand, in a
 * parcel a coordinator marked delivered or picked up (Medusa's fulfillment
 * `delivered_at`). Only these may be reviewed, so every review is a verified
 * purchase. One product counts once per order, newest delivery first.
 */
export async function deliveredProductsOf(container: MedusaContainer, customerId: string, orderId?: string): Promise<DeliveredProduct[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "items.id",
      "items.product_id",
      "items.product_title",
      "items.title",
      "items.thumbnail",
      "fulfillments.delivered_at",
      "fulfillments.items.line_item_id",
    ],
    filters: { customer_id: customerId, ...(orderId ? { id: orderId } : {}) },
  })
  const delivered: DeliveredProduct[] = []
  for (const order of data as unknown as OrderRow[]) {
    if (order.status === "canceled" || order.status === "draft") continue
    const deliveredAt = new Map<string, string>()
    for (const fulfillment of order.fulfillments ?? []) {
      if (!fulfillment?.delivered_at) continue
      for (const item of fulfillment.items ?? []) {
        if (item?.line_item_id) deliveredAt.set(item.line_item_id, new Date(fulfillment.delivered_at).toISOString())
      }
    }
    const seen = new Set<string>()
    for (const item of order.items ?? []) {
      const at = item && deliveredAt.get(item.id)
      if (!item?.product_id || !at || seen.has(item.product_id)) continue
      seen.add(item.product_id)
      delivered.push({
        order_id: order.id,
        display_id: Number(order.display_id),
        product_id: item.product_id,
        title: item.product_title ?? item.title,
        thumbnail: item.thumbnail ?? null,
        delivered_at: at,
      })
    }
  }
  return delivered.sort((a, b) => b.delivered_at.localeCompare(a.delivered_at))
}
