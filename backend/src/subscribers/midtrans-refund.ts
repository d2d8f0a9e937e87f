import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ProviderWebhookPayload } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { midtransOptionsOf } from "../lib/payment-config"
import { isSignedBy, type SignedNotification } from "../modules/payment-midtrans/signature"
import { recordMidtransRefundWorkflow } from "../workflows/payment/record-midtrans-refund"

type WebhookEvent = { provider: string; payload: ProviderWebhookPayload["payload"] }

/**
 * Medusa's handler of payment webhooks has no action for a refund, so money
 * given back in Midtrans' dashboard would never reach the order or the
 * producers' ledger. A signed Midtrans notification that says refund (the
 * workflow then believes only Midtrans' status API) records what is missing.
 */
export default async function recordRefundMadeAtMidtrans({ event, container }: SubscriberArgs<WebhookEvent>) {
  if (event.data.provider !== "midtrans_midtrans") return
  const options = midtransOptionsOf(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  const claimed = (event.data.payload?.data ?? {}) as Partial<SignedNotification> & { transaction_status?: string }
  if (!options || !claimed.order_id || !isSignedBy(claimed as SignedNotification, options.serverKey)) return
  if (claimed.transaction_status !== "refund" && claimed.transaction_status !== "partial_refund") return
  await recordMidtransRefundWorkflow(container).run({ input: { midtrans_order_id: claimed.order_id } })
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "midtrans-refund" },
}
