import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { BuyerCancelReason } from "../../lib/order/buyer-cancellation"
import { withdrawPendingTransferWorkflow } from "../order/withdraw-pending-transfer"
import { assertBuyerMayCancelStep } from "./steps/assert-buyer-may-cancel"
import { recordCancelReasonStep } from "./steps/record-cancel-reason"

export type CancelOrderForBuyerInput = { order_id: string; reason: BuyerCancelReason }

/**
 * The buyer cancels their own order from its page, while nothing is paid and
 * no producer has packed: Medusa's cancelOrderWorkflow puts its stock back on
 * sale and cancels its payment, and the buyer's reason stays on the order.
 * The usual order.canceled event then tells the buyer and the producers.
 *
 * @example
 * await cancelOrderForBuyerWorkflow(container).run({ input: { order_id: "order_1", reason: "changed_mind" } })
 */
export const cancelOrderForBuyerWorkflow = createWorkflow("cancel-order-for-buyer", (input: CancelOrderForBuyerInput) => {
  assertBuyerMayCancelStep({ order_id: input.order_id })
  // A pending transfer request would make Medusa refuse the cancellation.
  withdrawPendingTransferWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
  cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
  recordCancelReasonStep(input)
  return new WorkflowResponse(input.order_id)
})
