import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { refuseTransition, type ProducerOrderStatus } from "../../../modules/producer/order-progress"
import type ProducerModuleService from "../../../modules/producer/service"
import { paymentStanding, refuseUnpaidMove } from "../../../modules/producer/order-payment"

export type ProducerOrderMove = { producer_order_id: string; status: Exclude<ProducerOrderStatus, "new" | "declined">; tracking_note?: string }

export type CheckedMove = {
  order_id: string
  from: ProducerOrderStatus
  fulfillment_id: string | null
  /** The producer's lines with their full quantities, for Medusa's fulfillment and shipment. */
  items: Array<{ id: string; quantity: number }>
}

/**
 * Reads the part again under the lock, so two taps at once cannot both move it, and refuses a move
 * out of order, or any move of an order whose bank transfer has not arrived (goods never leave unpaid).
 */
export const checkProducerOrderMoveStep = createStep("check-producer-order-move", async (move: ProducerOrderMove, { container }) => {
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const part = await producers.retrieveProducerOrder(move.producer_order_id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["status", "items.*", "payment_collections.payments.data", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: part.order_id },
  })
  const order = data[0]
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
  const refusal =
    refuseTransition(part.status as ProducerOrderStatus, move.status, move.tracking_note, order.status) ?? refuseUnpaidMove(paymentStanding(payments))
  if (refusal) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
  }
  const own = new Set(part.item_ids)
  const items = (order.items ?? []).flatMap((item) => (item && own.has(item.id) ? [{ id: item.id, quantity: Number(item.quantity) }] : []))
  return new StepResponse<CheckedMove>({ order_id: part.order_id, from: part.status as ProducerOrderStatus, fulfillment_id: part.fulfillment_id, items })
})
