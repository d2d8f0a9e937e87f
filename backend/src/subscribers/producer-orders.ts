import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createProducerOrdersWorkflow } from "../workflows/producer-order/create-producer-orders"

/** A placed order reaches each producer whose products it holds, as their part of it. */
export default async function splitPlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await createProducerOrdersWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "producer-orders" },
}
