import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { notifyBuyerOfOrderPlacedWorkflow } from "../workflows/buyer-order/notify-buyer"

/** The buyer gets the confirmation the order page promises ("Konfirmasi dikirim ke …"). */
export default async function confirmPlacedOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyBuyerOfOrderPlacedWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "buyer-order-placed" },
}
