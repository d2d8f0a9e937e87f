import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkPaymentConfirmationStep, type PaymentConfirmationInput } from "./steps/check-payment-confirmation"
import { writePaymentConfirmationStep } from "./steps/write-payment-confirmation"

export const confirmPaymentWorkflowId = "confirm-payment"

/**
 * A coordinator records money that reached the centre for an order paid by
 * transfer or cash. Once everything owed is there, the payment is captured in
 * Medusa (which credits the producers through the settlement ledger); short
 * money waits for the rest, and money beyond what is owed is named for
 * returning. One order at a time; the same request twice records once.
 *
 * @example
 * await confirmPaymentWorkflow(container).run({ input: { order_id, amount: 46000, received_on: "2026-12-04", request_key: "…", actor_id: "user_1" } })
 */
export const confirmPaymentWorkflow = createWorkflow(confirmPaymentWorkflowId, (input: PaymentConfirmationInput) => {
  const key = transform({ input }, ({ input }) => `payment-confirmation:order:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const plan = checkPaymentConfirmationStep(input)
  writePaymentConfirmationStep({ input, plan })
  when({ plan }, ({ plan }) => plan.capture).then(() => {
    capturePaymentWorkflow.runAsStep({
      input: transform({ input, plan }, ({ input, plan }) => ({ payment_id: plan.payment_id, captured_by: input.actor_id })),
    })
  })
  releaseLockStep({ key })
  return new WorkflowResponse(plan)
})
