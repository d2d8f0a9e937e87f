import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyBuyerOfOrderCanceledWorkflow } from "../workflows/buyer-order/notify-buyer"

/** The buyer hears of a cancellation, whoever made it. */
export default async function tellBuyerOfCancellation({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyBuyerOfOrderCanceledWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "buyer-order-canceled" },
}
