import type { CreateNotificationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cancellationOf } from "../../../lib/order/buyer-cancellation"
import { readPaymentInstructions, type PaymentInstructions } from "../../../lib/order/payment-instructions"
import { formatRupiah } from "../../../lib/rupiah"
import { orderAccessKey, orderAccessSecret, signedOrderPath } from "../../../lib/order/order-access-key"

export const BUYER_ORDER_PLACED_TEMPLATE = "buyer-order-placed"
export const BUYER_ORDER_CANCELED_TEMPLATE = "buyer-order-canceled"

const pacitanTime = (iso: string, locale: "id-ID" | "en-GB") =>
  `${new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" }).format(new Date(iso))} WIB`

/** The order as its buyer's notices tell it: number, email, lines, delivery and money. Undefined for an order without an email. */
export async function readBuyerOrder(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    // items.*: Medusa fills an order line's quantity (kept in its detail record) only for a full select.
    fields: ["id", "display_id", "email", "total", "shipping_total", "items.*", "shipping_methods.name", "cart_link.cart_id"],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order?.email) return undefined
  const lines = (order.items ?? []).flatMap((item) => (item ? [{ title: item.title, variant: item.variant_title, quantity: Number(item.quantity) }] : []))
  return {
    ...order,
    email: order.email,
    total: Number(order.total),
    shipping_total: Number(order.shipping_total),
    lines,
    delivery: order.shipping_methods?.find(Boolean)?.name ?? null,
    from_cart: Boolean(order.cart_link?.cart_id),
  }
}

export const listLines = (lines: Array<{ title: string; variant: string | null; quantity: number }>) =>
  lines.map((line) => `${line.quantity} × ${line.title}${line.variant ? ` (${line.variant})` : ""}`).join(", ")

/** What to do to pay, in Indonesian and in English: the same facts the confirmation page shows. */
function howToPay(payment: PaymentInstructions | null | undefined, total: number): { id: string; en: string } {
  if (payment?.method === "bank_transfer" && payment.account && payment.reference && payment.pay_before) {
    const { bank, number, holder } = payment.account
    return {
      id: `Transfer tepat ${formatRupiah(total)} ke ${bank} ${number} a.n. ${holder} dengan berita ${payment.reference} sebelum ${pacitanTime(payment.pay_before, "id-ID")}; pesanan batal bila transfer belum diterima saat itu.`,
      en: `Transfer exactly ${formatRupiah(total)} to ${bank} ${number} (${holder}) with the reference ${payment.reference} before ${pacitanTime(payment.pay_before, "en-GB")}; the order is canceled if the transfer has not arrived by then.`,
    }
  }
  if (payment?.method === "cash_on_delivery") {
    return payment.collect_at === "pickup"
      ? { id: `Bayar tunai ${formatRupiah(total)} saat mengambil pesanan.`, en: `Pay ${formatRupiah(total)} in cash when you collect the order.` }
      : {
          id: `Bayar tunai ${formatRupiah(total)} kepada kurir saat pesanan tiba.`,
          en: `Pay ${formatRupiah(total)} in cash to the courier when the order arrives.`,
        }
  }
  if (payment?.paid) return { id: `Pembayaran ${formatRupiah(total)} sudah kami terima.`, en: `We have received your payment of ${formatRupiah(total)}.` }
  return { id: `Total ${formatRupiah(total)}.`, en: `Total ${formatRupiah(total)}.` }
}

/**
 * The buyer's confirmation of a placed order: its number, lines, delivery,
 * total and how to pay, with a link to the order's page. Keyed by order, so a
 * redelivered order.placed sends nothing twice. None for an order without an email.
 */
export const buildBuyerOrderPlacedNoticeStep = createStep("build-buyer-order-placed-notice", async ({ order_id }: { order_id: string }, { container }) => {
  const order = await readBuyerOrder(container, order_id)
  if (!order) return new StepResponse([] as CreateNotificationDTO[])
  const pay = howToPay(await readPaymentInstructions(container, order_id), order.total)
  const delivery = order.delivery ?? "-"
  const notice: CreateNotificationDTO = {
    to: order.email,
    channel: "email",
    template: BUYER_ORDER_PLACED_TEMPLATE,
    idempotency_key: `${BUYER_ORDER_PLACED_TEMPLATE}:${order.id}`,
    data: {
      subject: `Pesanan #${order.display_id} diterima: Pasar Desa OK OCE / Order #${order.display_id} received`,
      order_display_id: order.display_id,
      order_path: signedOrderPath(order.id, orderAccessKey(order.id, orderAccessSecret(container))),
      lines: order.lines,
      delivery: order.delivery,
      shipping_total: formatRupiah(order.shipping_total),
      total: formatRupiah(order.total),
      message:
        `Terima kasih! Pesanan #${order.display_id}: ${listLines(order.lines)}. Pengiriman: ${delivery} (${formatRupiah(order.shipping_total)}). Total ${formatRupiah(order.total)}. ${pay.id}\n\n` +
        `Thank you! Order #${order.display_id}: ${listLines(order.lines)}. Delivery: ${delivery} (${formatRupiah(order.shipping_total)}). Total ${formatRupiah(order.total)}. ${pay.en}`,
    },
  }
  return new StepResponse([notice])
})

/**
 * The buyer's notice of a canceled order: which order, and what happens to
 * money already paid (Medusa's cancellation refunds it). Only for an order a
 * buyer's checkout made; an order the unpaid-transfer job, a short harvest or
 * a producer's decline canceled already had its own message, which says why: none twice.
 */
export const buildBuyerOrderCanceledNoticeStep = createStep("build-buyer-order-canceled-notice", async ({ order_id }: { order_id: string }, { container }) => {
  const order = await readBuyerOrder(container, order_id)
  if (!order) return new StepResponse([] as CreateNotificationDTO[])
  const { by } = await cancellationOf(container, order)
  // An order no cart became is a checkout a killed server cut off: its buyer was never told of it.
  if (!order.from_cart || by === "unpaid" || by === "harvest_short" || by === "producer") return new StepResponse([] as CreateNotificationDTO[])
  const payment = await readPaymentInstructions(container, order_id)
  const money = payment?.paid
    ? { id: `Pembayaran ${formatRupiah(order.total)} dikembalikan.`, en: `Your payment of ${formatRupiah(order.total)} is refunded.` }
    : { id: "Tidak ada uang yang ditarik.", en: "Nothing was charged." }
  const notice: CreateNotificationDTO = {
    to: order.email,
    channel: "email",
    template: BUYER_ORDER_CANCELED_TEMPLATE,
    idempotency_key: `${BUYER_ORDER_CANCELED_TEMPLATE}:${order.id}`,
    data: {
      subject: `Pesanan #${order.display_id} dibatalkan / Order #${order.display_id} canceled`,
      order_display_id: order.display_id,
      order_path: signedOrderPath(order.id, orderAccessKey(order.id, orderAccessSecret(container))),
      lines: order.lines,
      total: formatRupiah(order.total),
      message:
        `Pesanan #${order.display_id} (${listLines(order.lines)}) dibatalkan dan tidak akan dikirim. ${money.id}\n\n` +
        `Order #${order.display_id} (${listLines(order.lines)}) has been canceled and will not be sent. ${money.en}`,
    },
  }
  return new StepResponse([notice])
})
