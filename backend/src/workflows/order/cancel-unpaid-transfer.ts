import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { sendNotificationsWhenConfiguredStep } from "../notification/steps/send-notifications-when-configured"
import { assertTransferUnpaidStep } from "./steps/assert-transfer-unpaid"
import type { FindUnpaidTransfersInput } from "./steps/find-unpaid-transfers"
import { unpaidCancellationNotice } from "../../lib/order/unpaid-notice"
import { withdrawPendingTransferWorkflow } from "./withdraw-pending-transfer"

export const cancelUnpaidTransferWorkflowId = "cancel-unpaid-transfer"

export type CancelUnpaidTransferInput = FindUnpaidTransfersInput & { order_id: string }

/**
 * Cancels one order whose bank transfer never arrived, through Medusa's
 * cancelOrderWorkflow (its reservations go back on sale, its payment is
 * canceled), then tells the buyer. A pending transfer request on the order is
 * withdrawn first, or Medusa would refuse the cancellation. An order that was
 * paid, fulfilled or canceled in the meantime is refused and left alone.
 *
 * @example
 * await cancelUnpaidTransferWorkflow(container).run({ input: { order_id: "order_1", now: new Date().toISOString(), default_hours_to_pay: 24 } })
 */
export const cancelUnpaidTransferWorkflow = createWorkflow(cancelUnpaidTransferWorkflowId, (input: CancelUnpaidTransferInput) => {
  const order = assertTransferUnpaidStep(input)
  // A pending transfer request would make Medusa refuse the cancellation and keep the stock reserved.
  withdrawPendingTransferWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ order_id: input.order_id })),
  })
  cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
  sendNotificationsWhenConfiguredStep(transform({ order }, ({ order }) => unpaidCancellationNotice(order)))
  const unpaidTransferCanceled = createHook("unpaidTransferCanceled", { order_id: input.order_id })
  return new WorkflowResponse(order, { hooks: [unpaidTransferCanceled] })
})
