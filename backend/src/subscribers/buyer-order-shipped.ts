import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { notifyBuyerOfOrderShippedWorkflow } from "../workflows/buyer-order/notify-buyer"

/** The buyer hears that a part of their order was sent, unless whoever shipped it asked Medusa not to tell them. */
export default async function noticeOrderShipped({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) return
  await notifyBuyerOfOrderShippedWorkflow(container).run({ input: { fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  context: { subscriberId: "buyer-order-shipped" },
}
