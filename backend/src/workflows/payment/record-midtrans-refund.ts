import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, refundPaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findUnrecordedMidtransRefundStep } from "./steps/find-unrecorded-midtrans-refund"

export const recordMidtransRefundWorkflowId = "record-midtrans-refund"

/**
 * Money given back in Midtrans' dashboard is recorded as a refund of the
 * order's payment (the provider sees Midtrans already refunded it and asks
 * nothing more of it), so the producers' ledger debits it as for a refund made
 * in the admin. One transaction at a time: a notification delivered twice, or
 * two refunds' notifications at once, record each rupiah once.
 *
 * @example
 * await recordMidtransRefundWorkflow(container).run({ input: { midtrans_order_id: "payses_01…" } })
 */
export const recordMidtransRefundWorkflow = createWorkflow(recordMidtransRefundWorkflowId, (input: { midtrans_order_id: string }) => {
  const key = transform({ input }, ({ input }) => `midtrans-refund:${input.midtrans_order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const missing = findUnrecordedMidtransRefundStep(input.midtrans_order_id)
  when({ missing }, ({ missing }) => Boolean(missing)).then(() => {
    refundPaymentWorkflow.runAsStep({
      input: transform({ missing }, ({ missing }) => ({
        payment_id: missing!.payment_id,
        amount: missing!.amount,
        note: "Dikembalikan lewat dasbor Midtrans",
      })),
    })
  })
  releaseLockStep({ key })
  return new WorkflowResponse(missing)
})
