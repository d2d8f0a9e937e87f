import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MIDTRANS_PROVIDER_ID, midtransOptionsOf } from "../lib/payment-config"
import { closeUnpaidTransaction, midtransClients } from "../modules/payment-midtrans/clients"

/**
 * An order cancelled before its buyer paid through Midtrans (by a coordinator,
 * a producer who cannot fill it, the buyer) has no payment for Medusa to cancel,
 * only a payment session: its Snap transaction is closed here, so the QR code or
 * virtual account the buyer may still hold takes no money for an order that is gone.
 */
export default async function closeSnapOfCanceledOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const options = midtransOptionsOf(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  if (!options) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.payment_sessions.provider_id", "payment_collections.payment_sessions.data"],
    filters: { id: event.data.id },
  })
  const orderIds = (data[0]?.payment_collections ?? [])
    .flatMap((collection) => collection?.payment_sessions ?? [])
    .filter((session) => session?.provider_id === MIDTRANS_PROVIDER_ID && session.data?.order_id)
    .map((session) => String(session!.data!.order_id))
  const clients = midtransClients(options)
  for (const orderId of orderIds) await closeUnpaidTransaction(clients, orderId)
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "midtrans-order-canceled" },
}
