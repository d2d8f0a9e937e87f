import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ProviderWebhookPayload } from "@medusajs/framework/types"
import { Modules, PaymentActions, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { cancelOrderOfLostPaymentWorkflow } from "../workflows/payment/cancel-order-of-lost-payment"

type WebhookEvent = { provider: string; payload: ProviderWebhookPayload["payload"] & { rawData: any } }

/**
 * Medusa's own handler of payment webhooks ignores failed and cancelled
 * payments. When such a payment belonged to an order already placed, the
 * order must not wait for goods the buyer never paid for: it is cancelled.
 */
export default async function cancelOrderOfLostStripePayment({ event, container }: SubscriberArgs<WebhookEvent>) {
  if (event.data.provider !== "stripe_stripe") {
    return
  }
  const rawData = event.data.payload?.rawData
  // A Redis event bus hands the raw body over as JSON: { type: "Buffer", data: [...] }.
  const payload = { ...event.data.payload, rawData: rawData?.type === "Buffer" ? Buffer.from(rawData.data) : rawData }
  const { action, data } = await container.resolve(Modules.PAYMENT).getWebhookActionAndData({ provider: event.data.provider, payload })
  if ((action !== PaymentActions.FAILED && action !== PaymentActions.CANCELED) || !data?.session_id) {
    return
  }
  await cancelOrderOfLostPaymentWorkflow(container).run({ input: { payment_session_id: data.session_id } })
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "stripe-lost-payment" },
}
