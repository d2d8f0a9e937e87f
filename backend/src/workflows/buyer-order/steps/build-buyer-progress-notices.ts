import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatRupiah } from "../../../lib/rupiah"
import { orderAccessKey, orderAccessSecret, signedOrderPath } from "../../../lib/order/order-access-key"
import { listLines, readBuyerOrder } from "./build-buyer-order-notices"

export const BUYER_PAYMENT_RECEIVED_TEMPLATE = "buyer-payment-received"
export const BUYER_ORDER_SHIPPED_TEMPLATE = "buyer-order-shipped"

/**
 * The buyer's receipt: the centre has the money for their order (a transfer a
 * coordinator confirmed, a card charged, cash the courier collected). Keyed by
 * the captured payment, so a redelivered payment.captured sends nothing twice.
 */
export const buildBuyerPaymentReceivedNoticeStep = createStep(
  "build-buyer-payment-received-notice",
  async ({ payment_id }: { payment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: payments } = await query.graph({ entity: "payment", fields: ["id", "amount", "payment_collection_id"], filters: { id: payment_id } })
    const payment = payments[0]
    if (!payment?.payment_collection_id) return new StepResponse([] as CreateNotificationDTO[])
    const { data: links } = await query.graph({
      entity: "order_payment_collection",
      fields: ["order_id"],
      filters: { payment_collection_id: payment.payment_collection_id },
    })
    const order = links[0] && (await readBuyerOrder(container, links[0].order_id))
    if (!order) return new StepResponse([] as CreateNotificationDTO[])
    const amount = formatRupiah(Number(payment.amount))
    const notice: CreateNotificationDTO = {
      to: order.email,
      channel: "email",
      template: BUYER_PAYMENT_RECEIVED_TEMPLATE,
      idempotency_key: `${BUYER_PAYMENT_RECEIVED_TEMPLATE}:${payment.id}`,
      resource_type: "order",
      resource_id: order.id,
      data: {
        subject: `Pembayaran pesanan #${order.display_id} diterima / Payment for order #${order.display_id} received`,
        order_display_id: order.display_id,
        order_path: signedOrderPath(order.id, orderAccessKey(order.id, orderAccessSecret(container))),
        amount,
        message:
          `Pembayaran ${amount} untuk pesanan #${order.display_id} (${listLines(order.lines)}) sudah kami terima. Terima kasih! Produsen menyiapkan pesanan Anda, dan kami kabari lagi saat dikirim.\n\n` +
          `We have received ${amount} for order #${order.display_id} (${listLines(order.lines)}). Thank you! The producers are preparing it, and we will tell you when it is on its way.`,
      },
    }
    return new StepResponse([notice])
  }
)

/**
 * The buyer's notice that a producer has sent their part of the order: which
 * lines, by whom, and the tracking number or courier's note the producer gave.
 * Keyed by Medusa's fulfillment (one per producer's part), so a redelivered
 * shipment.created sends nothing twice and each producer's parcel has its own.
 */
export const buildBuyerOrderShippedNoticeStep = createStep(
  "build-buyer-order-shipped-notice",
  async ({ fulfillment_id }: { fulfillment_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: links }, { data: fulfillments }, { data: parts }] = await Promise.all([
      query.graph({ entity: "order_fulfillment", fields: ["order_id"], filters: { fulfillment_id } }),
      query.graph({ entity: "fulfillment", fields: ["id", "labels.tracking_number", "items.title", "items.quantity"], filters: { id: fulfillment_id } }),
      query.graph({ entity: "producer_order", fields: ["producer_id"], filters: { fulfillment_id } }),
    ])
    const order = links[0] && (await readBuyerOrder(container, links[0].order_id))
    const fulfillment = fulfillments[0]
    if (!order || !fulfillment) return new StepResponse([] as CreateNotificationDTO[])
    const lines = (fulfillment.items ?? []).flatMap((item) => (item ? [{ title: item.title, variant: null, quantity: Number(item.quantity) }] : []))
    const tracking = (fulfillment.labels ?? []).map((label) => label?.tracking_number?.trim()).find(Boolean) ?? null
    const { data: producers } = parts[0]
      ? await query.graph({ entity: "producer", fields: ["business_name"], filters: { id: parts[0].producer_id } })
      : { data: [] as Array<{ business_name: string }> }
    const producer = producers[0]?.business_name ?? null
    const notice: CreateNotificationDTO = {
      to: order.email,
      channel: "email",
      template: BUYER_ORDER_SHIPPED_TEMPLATE,
      idempotency_key: `${BUYER_ORDER_SHIPPED_TEMPLATE}:${fulfillment.id}`,
      resource_type: "order",
      resource_id: order.id,
      data: {
        subject: `Pesanan #${order.display_id} dikirim / Order #${order.display_id} is on its way`,
        order_display_id: order.display_id,
        order_path: signedOrderPath(order.id, orderAccessKey(order.id, orderAccessSecret(container))),
        lines,
        producer,
        tracking,
        message:
          `Pesanan #${order.display_id} sudah dikirim${producer ? ` oleh ${producer}` : ""}: ${listLines(lines)}. ${tracking ? `Nomor resi / catatan pengiriman: ${tracking}.` : "Belum ada nomor resi."}\n\n` +
          `Order #${order.display_id} is on its way${producer ? ` from ${producer}` : ""}: ${listLines(lines)}. ${tracking ? `Tracking number / courier's note: ${tracking}.` : "No tracking number yet."}`,
      },
    }
    return new StepResponse([notice])
  }
)
