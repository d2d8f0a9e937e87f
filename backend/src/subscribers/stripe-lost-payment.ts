import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ProviderWebhookPayload } from "@medusajs/framework/types"
import { Modules, PaymentActions, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { cancelOrderOfLostPaymentWorkflow } from "../workflows/payment/cancel-order-of-lost-payment"

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rawData comes as a string, a Buffer or a Buffer's JSON form, told apart below
type WebhookEvent = { provider: string; payload: ProviderWebhookPayload["payload"] & { rawData: any } }

const LOST_PAYMENT_EVENTS = new Set(["payment_intent.payment_failed", "payment_intent.canceled"])

/**
 * Medusa's own handler of payment webhooks ignores failed and cancelled
 * payments. When such a payment belonged to an order already placed, the
 * order must not wait for goods the buyer never paid for: it is cancelled.
 */
export default async function cancelOrderOfLostStripePayment({ event, container }: SubscriberArgs<WebhookEvent>) {
  // Other events are Medusa's handler's business. The type is read before the signature is
  // checked, which is safe: an event is acted on only after the provider has verified it below.
  if (event.data.provider !== "stripe_stripe" || !LOST_PAYMENT_EVENTS.has(String(event.data.payload?.data?.type))) {
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
