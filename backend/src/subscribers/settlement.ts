import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { ProducerOrderEvents } from "../lib/events"
import { settleOrderWorkflow } from "../workflows/settlement/settle-order"

type SalesEvent = { id?: string; ids?: string[] }

/**
 * The orders an event touches: a captured or refunded payment's order, a cancelled order (Medusa's
 * cancellation refunds what was captured without announcing the refund), or the orders of producer
 * parts just made.
 */
async function ordersOf(container: SubscriberArgs<SalesEvent>["container"], name: string, data: SalesEvent): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  if (name === PaymentEvents.CAPTURED || name === PaymentEvents.REFUNDED) {
    if (!data.id) return []
    const { data: payments } = await query.graph({ entity: "payment", fields: ["payment_collection_id"], filters: { id: data.id } })
    const collectionId = payments[0]?.payment_collection_id
    if (!collectionId) return []
    const { data: links } = await query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: collectionId } })
    return links.map((link) => link.order_id)
  }
  if (name === "order.canceled") return data.id ? [data.id] : []
  if (!data.ids?.length) return []
  const { data: parts } = await query.graph({ entity: "producer_order", fields: ["order_id"], filters: { id: data.ids } })
  return [...new Set(parts.map((part) => part.order_id))]
}

/** Money captured for an order is credited to its producers, money refunded debited (the settlement ledger). */
export default async function settleProducersOfOrder({ event, container }: SubscriberArgs<SalesEvent>) {
  for (const orderId of await ordersOf(container, event.name, event.data)) {
    await settleOrderWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = {
  event: [PaymentEvents.CAPTURED, PaymentEvents.REFUNDED, "order.canceled", ProducerOrderEvents.CREATED],
  context: { subscriberId: "settlement" },
}
