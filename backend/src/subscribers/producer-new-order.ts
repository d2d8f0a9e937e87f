import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProducerOrderEvents } from "../lib/events"
import { notifyProducersOfNewOrderWorkflow } from "../workflows/producer-order/notify-producers-of-new-order"

/** Each producer hears of their new part of an order (the notification's idempotency key makes a redelivery harmless). */
export default async function notifyProducersOfNewOrder({ event, container }: SubscriberArgs<{ ids: string[] }>) {
  await notifyProducersOfNewOrderWorkflow(container).run({ input: { producer_order_ids: event.data.ids } })
}

export const config: SubscriberConfig = {
  event: ProducerOrderEvents.CREATED,
  context: { subscriberId: "producer-new-order" },
}
