import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ProviderWebhookPayload } from "@medusajs/framework/types"
import { Modules, PaymentActions, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { cancelOrderOfLostPaymentWorkflow } from "../workflows/payment/cancel-order-of-lost-payment"

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rawData comes as a string, a Buffer or a Buffer's JSON form, told apart below
type WebhookEvent = { provider: string; payload: ProviderWebhookPayload["payload"] & { rawData: any } }

const LOST_STRIPE_EVENTS = new Set(["payment_intent.payment_failed", "payment_intent.canceled"])

/**
 * Whether a delivery may tell of a lost payment: Stripe names it in the event's type; a Midtrans
 * notification may say anything, and only its status API tells (asked in getWebhookActionAndData).
 */
function mayTellOfLostPayment({ provider, payload }: WebhookEvent) {
  if (provider === "stripe_stripe") return LOST_STRIPE_EVENTS.has(String(payload?.data?.type))
  return provider === "midtrans_midtrans"
}

/**
 * Medusa's own handler of payment webhooks ignores failed and cancelled
 * payments (a Stripe hold that lapsed, a QRIS code or virtual account that
 * expired unpaid at Midtrans). When such a payment belonged to an order already placed, the
 * order must not wait for goods the buyer never paid for: it is cancelled.
 */
export default async function cancelOrderOfLostPayment({ event, container }: SubscriberArgs<WebhookEvent>) {
  // Other events are Medusa's handler's business. The type is read before the signature is
  // checked, which is safe: an event is acted on only after the provider has verified it below.
  if (!mayTellOfLostPayment(event.data)) {
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
  context: { subscriberId: "lost-payment" },
}
