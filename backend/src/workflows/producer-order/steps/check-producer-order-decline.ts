import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { DECLINE_CONFLICT_CODE, refuseDecline } from "../../../modules/producer/order-decline"
import type { ProducerOrderStatus } from "../../../modules/producer/order-progress"
import type ProducerModuleService from "../../../modules/producer/service"

export type CheckedDecline = {
  order_id: string
  display_id: number
  email: string | null
  /** The producer's lines still on the order, each to go to quantity 0. */
  items: Array<{ id: string; title: string; variant_title: string | null; quantity: number; total: number }>
  lines_total: number
  /** Nothing of the order would be left: Medusa's cancellation takes the whole order (delivery and all). */
  whole: boolean
  /** Money for the order was captured: the buyer gets the lines' part of it back. */
  paid: boolean
  /** The captured payment that gives the lines' money back, and the refunds it had before. */
  refund: { payment_id: string; amount: number; known_refund_ids: string[] } | null
}

type PaymentRow = {
  id: string
  amount?: unknown
  data?: Record<string, unknown> | null
  captured_at?: unknown
  canceled_at?: unknown
  captures?: Array<{ amount: unknown } | null> | null
  refunds?: Array<{ id: string; amount: unknown } | null> | null
}

/** What the buyer paid for a line: its computed total, or its price times its quantity when the graph left the total out. */
function lineTotal(item: { total?: unknown; unit_price?: unknown; quantity?: unknown }) {
  const total = Number(item.total)
  return Number.isFinite(total) ? total : Number(item.unit_price) * Number(item.quantity)
}

const UNSETTLED_PAYMENT =
  "Pembayaran pesanan ini (kartu atau QRIS/VA) belum selesai diproses, jadi sebagian pesanan belum bisa ditolak. Hubungi Pusat OK OCE / the payment is still open"

/**
 * Reads the part and its order again under the lock, so a double tap declines
 * once, and decides how the lines leave the order: with the whole order when
 * nothing else is left, else by an order edit, refunding them when the money
 * is captured. A transfer or cash payment not yet made simply asks less; an
 * open card hold or Midtrans transaction keeps its amount, so a partial
 * decline of one is refused rather than charging the buyer for lines gone.
 */
export const checkProducerOrderDeclineStep = createStep("check-producer-order-decline", async (input: { producer_order_id: string }, { container }) => {
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const part = await producers.retrieveProducerOrder(input.producer_order_id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "status",
      // The whole line: Medusa fills an order line's quantity (kept in its detail record) only for a full select.
      "items.*",
      // A line's total is computed: a full select leaves it out.
      "items.total",
      "payment_collections.payments.id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.amount",
      "payment_collections.payments.captures.id",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.id",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: part.order_id },
  })
  const order = data[0]
  const refusal = refuseDecline(part.status as ProducerOrderStatus, order.status)
  if (refusal) {
    throw refusal.conflict
      ? new MedusaError(MedusaError.Types.CONFLICT, refusal.message, DECLINE_CONFLICT_CODE)
      : new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal.message)
  }
  const own = new Set(part.item_ids)
  const live = (order.items ?? []).flatMap((item) => (item && Number(item.quantity) > 0 ? [item] : []))
  const items = live
    .filter((item) => own.has(item.id))
    .map((item) => ({ id: item.id, title: item.title, variant_title: item.variant_title ?? null, quantity: Number(item.quantity), total: lineTotal(item) }))
  const linesTotal = items.reduce((sum, item) => sum + item.total, 0)
  const whole = live.every((item) => own.has(item.id))
  const payments = (order.payment_collections ?? [])
    .flatMap((collection) => (collection?.payments ?? []) as PaymentRow[])
    .filter((payment): payment is PaymentRow => !!payment && !payment.canceled_at)
  const captured = payments.find((payment) => payment.captured_at)
  let refund: CheckedDecline["refund"] = null
  if (!whole && captured) {
    const refunds = (captured.refunds ?? []).flatMap((row) => (row ? [row] : []))
    const takenIn = (captured.captures ?? []).reduce((sum, capture) => sum + Number(capture?.amount ?? 0), 0)
    // A capture the graph did not return: a captured payment was taken in full.
    const left = (takenIn > 0 ? takenIn : Number(captured.amount ?? 0)) - refunds.reduce((sum, row) => sum + Number(row.amount), 0)
    const amount = Math.min(linesTotal, left)
    refund = amount > 0 ? { payment_id: captured.id, amount, known_refund_ids: refunds.map((row) => row.id) } : null
  }
  const manual = payments.some((payment) => payment.data?.method === "bank_transfer" || payment.data?.method === "cash_on_delivery")
  if (!whole && !captured && !manual) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, UNSETTLED_PAYMENT)
  }
  return new StepResponse<CheckedDecline>({
    order_id: order.id,
    display_id: Number(order.display_id),
    email: order.email ?? null,
    items,
    lines_total: linesTotal,
    whole,
    paid: Boolean(captured),
    refund,
  })
})
