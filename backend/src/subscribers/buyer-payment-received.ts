import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { notifyBuyerOfPaymentReceivedWorkflow } from "../workflows/buyer-order/notify-buyer"

/** The buyer hears that the money for their order arrived (keyed per payment: a redelivery is harmless). */
export default async function noticePaymentReceived({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyBuyerOfPaymentReceivedWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "buyer-payment-received" },
}
