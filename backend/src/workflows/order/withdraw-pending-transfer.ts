import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteOrderChangesStep } from "@medusajs/medusa/core-flows"
import { findPendingTransferRequestsStep } from "./steps/find-pending-transfer-requests"

export const withdrawPendingTransferWorkflowId = "withdraw-pending-transfer"

export type WithdrawPendingTransferInput = { order_id: string }

/**
 * Withdraws an order's pending transfer request, if it has one, the way
 * Medusa's cancelOrderTransferRequestWorkflow does for the store's side
 * (its deleteOrderChangesStep: a soft delete, restored if a later step fails).
 * That workflow itself refuses an order without an active change, and this
 * one runs before every pack and cancel, most of which have none.
 * Medusa allows one active change per order: a transfer request left pending
 * would otherwise block packing, cancelling and the unpaid-transfer job, and
 * keep the order's stock reserved. Other kinds of change (a coordinator's
 * edit, a return) are left alone.
 *
 * @example
 * withdrawPendingTransferWorkflow.runAsStep({ input: { order_id: "order_1" } })
 */
export const withdrawPendingTransferWorkflow = createWorkflow(withdrawPendingTransferWorkflowId, (input: WithdrawPendingTransferInput) => {
  const ids = findPendingTransferRequestsStep(input)
  deleteOrderChangesStep({ ids })
  return new WorkflowResponse(ids)
})
