import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, cancelOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findOrderOfPaymentSessionStep } from "./steps/find-order-of-payment-session"

export type CancelOrderOfLostPaymentInput = {
  /** Medusa's payment session the provider's payment belongs to (Stripe keeps it in the intent's metadata). */
  payment_session_id: string
}

export const cancelOrderOfLostPaymentWorkflowId = "cancel-order-of-lost-payment"

/**
 * A provider reported that the payment of a session failed or was cancelled
 * (Stripe's payment_intent.payment_failed or payment_intent.canceled, e.g. a
 * card hold that lapsed). If the session's cart already became an order, that
 * order is cancelled with Medusa's cancelOrderWorkflow, which releases its
 * reservations and cancels the payment. An order already cancelled, or a cart
 * not completed, is left as it is, so a repeated event changes nothing.
 *
 * @example
 * await cancelOrderOfLostPaymentWorkflow(container).run({ input: { payment_session_id: "payses_1" } })
 */
export const cancelOrderOfLostPaymentWorkflow = createWorkflow(cancelOrderOfLostPaymentWorkflowId, (input: CancelOrderOfLostPaymentInput) => {
  // A failure and a cancellation of the same payment may arrive together.
  acquireLockStep({ key: transform({ input }, ({ input }) => `lost-payment:${input.payment_session_id}`), timeout: 30, ttl: 120 })
  const order = findOrderOfPaymentSessionStep(input.payment_session_id)
  const canceled = when("order-still-open", { order }, ({ order }) => !!order && order.status !== "canceled").then(() => {
    cancelOrderWorkflow.runAsStep({ input: transform({ order }, ({ order }) => ({ order_id: order!.order_id })) })
    return transform({ order }, ({ order }) => order!.order_id)
  })
  releaseLockStep({ key: transform({ input }, ({ input }) => `lost-payment:${input.payment_session_id}`) })
  return new WorkflowResponse(transform({ canceled }, ({ canceled }) => ({ canceled_order_id: canceled ?? null })))
})
