import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  beginOrderEditOrderWorkflow,
  cancelOrderWorkflow,
  deleteReservationsByLineItemsStep,
  emitEventStep,
  orderEditUpdateItemQuantityWorkflow,
  refundPaymentWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { ProducerOrderEvents } from "../../lib/events"
import type { DeclineReason } from "../../modules/producer/order-decline"
import { sendNotificationsWhenConfiguredStep } from "../notification/steps/send-notifications-when-configured"
import { withdrawPendingTransferWorkflow } from "../order/withdraw-pending-transfer"
import { buildDeclineNoticeStep } from "./steps/build-decline-notice"
import { checkProducerOrderDeclineStep } from "./steps/check-producer-order-decline"
import { confirmDeclinedLinesStep } from "./steps/confirm-declined-lines"
import { lowerUnpaidPaymentStep } from "./steps/lower-unpaid-payment"
import { recordProducerOrderDeclineStep } from "./steps/record-producer-order-decline"

export type DeclineProducerOrderInput = { producer_order_id: string; producer_id: string; reason: DeclineReason; note?: string }

export const declineProducerOrderWorkflowId = "decline-producer-order"

/**
 * A producer who cannot fill their part of an order declines it. Their lines
 * leave the order through Medusa's order edit (quantity 0, the reservations
 * released), and a captured payment gives their amount back through Medusa's
 * refund (the provider refunds a card or Midtrans; for a transfer or cash the
 * refund records what the centre hands back). When nothing else is left the
 * whole order goes through Medusa's cancelOrderWorkflow instead. Other
 * producers' lines stay; the buyer is told once. Shares the lock of the
 * part's status moves, so a decline and a move never cross.
 *
 * @example
 * await declineProducerOrderWorkflow(container).run({ input: { producer_order_id: "prord_1", producer_id: "prdc_1", reason: "out_of_stock" } })
 */
export const declineProducerOrderWorkflow = createWorkflow(declineProducerOrderWorkflowId, (input: DeclineProducerOrderInput) => {
  acquireLockStep({ key: input.producer_order_id, timeout: 5, ttl: 60 })
  const decline = checkProducerOrderDeclineStep({ producer_order_id: input.producer_order_id })
  const orderId = transform({ decline }, ({ decline }) => ({ order_id: decline.order_id }))
  // A pending transfer request is an active order change: it would block both the edit and the cancellation.
  withdrawPendingTransferWorkflow.runAsStep({ input: orderId })

  when("decline-cancels-whole-order", { decline }, ({ decline }) => decline.whole).then(() => {
    cancelOrderWorkflow.runAsStep({ input: orderId })
  })

  when("decline-edits-order", { decline }, ({ decline }) => !decline.whole).then(() => {
    beginOrderEditOrderWorkflow.runAsStep({
      input: transform({ decline, input }, ({ decline, input }) => ({
        order_id: decline.order_id,
        created_by: input.producer_id,
        description: "Ditolak produsen",
      })),
    })
    orderEditUpdateItemQuantityWorkflow.runAsStep({
      input: transform({ decline }, ({ decline }) => ({ order_id: decline.order_id, items: decline.items.map((item) => ({ id: item.id, quantity: 0 })) })),
    })
    confirmDeclinedLinesStep(transform({ decline, input }, ({ decline, input }) => ({ order_id: decline.order_id, confirmed_by: input.producer_id })))
    deleteReservationsByLineItemsStep(transform({ decline }, ({ decline }) => decline.items.map((item) => item.id)))
  })

  when("decline-refunds-lines", { decline }, ({ decline }) => !decline.whole && !!decline.refund).then(() => {
    refundPaymentWorkflow.runAsStep({
      input: transform({ decline, input }, ({ decline, input }) => ({
        payment_id: decline.refund!.payment_id,
        amount: decline.refund!.amount,
        created_by: input.producer_id,
        note: `Ditolak produsen: pesanan #${decline.display_id}`,
      })),
    })
  })

  when("decline-lowers-unpaid-payment", { decline }, ({ decline }) => !decline.whole && !decline.paid).then(() => {
    lowerUnpaidPaymentStep(orderId)
  })

  const declined = recordProducerOrderDeclineStep(
    transform({ decline, input }, ({ decline, input }) => ({
      producer_order_id: input.producer_order_id,
      reason: input.reason,
      note: input.note,
      refund: decline.whole || !decline.refund ? null : { payment_id: decline.refund.payment_id, known_refund_ids: decline.refund.known_refund_ids },
    }))
  )
  const notices = buildDeclineNoticeStep(
    transform({ decline, input }, ({ decline, input }) => ({
      producer_order_id: input.producer_order_id,
      producer_id: input.producer_id,
      reason: input.reason,
      note: input.note,
      decline,
    }))
  )
  sendNotificationsWhenConfiguredStep(notices)
  emitEventStep({
    eventName: ProducerOrderEvents.DECLINED,
    data: transform({ decline, input }, ({ decline, input }) => ({ id: input.producer_order_id, order_id: decline.order_id })),
  })
  releaseLockStep({ key: input.producer_order_id })
  const producerOrderDeclined = createHook("producerOrderDeclined", { producer_order_id: input.producer_order_id, order_id: orderId })
  return new WorkflowResponse(declined, { hooks: [producerOrderDeclined] })
})
