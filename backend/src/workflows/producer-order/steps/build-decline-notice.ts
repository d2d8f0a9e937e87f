import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { DECLINE_REASON_LABELS, type DeclineReason } from "../../../modules/producer/order-decline"
import type ProducerModuleService from "../../../modules/producer/service"
import { orderAccessKey, orderAccessSecret, signedOrderPath } from "../../../lib/order/order-access-key"
import { formatRupiah } from "../../../lib/rupiah"
import type { CheckedDecline } from "./check-producer-order-decline"

export const PRODUCER_ORDER_DECLINED_TEMPLATE = "producer-order-declined"

export type DeclineNoticeInput = {
  producer_order_id: string
  producer_id: string
  reason: DeclineReason
  note?: string
  decline: CheckedDecline
}

/**
 * The buyer's notice that a producer could not fill their lines: which
 * lines, why, what happens to the money, and that the rest of the order still
 * comes. Keyed by the part, so a retried workflow tells the buyer once; none
 * for an order without an email.
 */
export const buildDeclineNoticeStep = createStep("build-decline-notice", async (input: DeclineNoticeInput, { container }) => {
  const { decline } = input
  if (!decline.email) return new StepResponse([] as CreateNotificationDTO[])
  const producer = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducer(input.producer_id, { select: ["business_name"] })
  const lines = decline.items.map((item) => ({ title: item.title, variant: item.variant_title, quantity: item.quantity }))
  const listed = lines.map((line) => `${line.quantity} × ${line.title}${line.variant ? ` (${line.variant})` : ""}`).join(", ")
  const why = input.reason === "other" && input.note ? input.note : DECLINE_REASON_LABELS[input.reason]
  const money = !decline.paid
    ? "Barang tersebut tidak ditagihkan."
    : decline.whole
      ? "Pembayaran Anda kami kembalikan seluruhnya."
      : `Pembayaran untuk barang tersebut (${formatRupiah(decline.lines_total)}) kami kembalikan.`
  const rest = decline.whole ? "Pesanan ini dibatalkan seluruhnya." : "Barang lain dalam pesanan ini tetap dikirim."
  const notice: CreateNotificationDTO = {
    to: decline.email,
    channel: "email",
    template: PRODUCER_ORDER_DECLINED_TEMPLATE,
    idempotency_key: `${PRODUCER_ORDER_DECLINED_TEMPLATE}:${input.producer_order_id}`,
    data: {
      subject: `Pesanan #${decline.display_id}: ${producer.business_name} tidak dapat memenuhi pesanan Anda`,
      order_display_id: decline.display_id,
      order_path: signedOrderPath(decline.order_id, orderAccessKey(decline.order_id, orderAccessSecret(container))),
      producer: producer.business_name,
      lines,
      reason: input.reason,
      reason_text: why,
      refunded: decline.paid,
      whole: decline.whole,
      message: `Maaf, ${producer.business_name} tidak dapat memenuhi ${listed} dari pesanan #${decline.display_id} (${why}). ${money} ${rest}`,
    },
  }
  return new StepResponse([notice])
})
