import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MIDTRANS_PROVIDER_ID, midtransOptionsOf } from "../../../lib/payment-config"
import { midtransClients, transactionOf } from "../../../modules/payment-midtrans/clients"
import { refundedAt } from "../../../modules/payment-midtrans/transaction-status"

export type UnrecordedRefund = { payment_id: string; amount: number } | null

export const findUnrecordedMidtransRefundStepId = "find-unrecorded-midtrans-refund"

/**
 * What Midtrans has given back of a transaction beyond the refunds Medusa
 * records for its payment (someone refunded in Midtrans' dashboard), asked of
 * Midtrans' status API; null when nothing is missing or no captured payment
 * is the transaction's. A read only, so nothing to undo.
 */
export const findUnrecordedMidtransRefundStep = createStep(findUnrecordedMidtransRefundStepId, async (midtransOrderId: string, { container }) => {
  const options = midtransOptionsOf(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  if (!options) return new StepResponse<UnrecordedRefund>(null)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const payment = await pg("payment")
    .where("provider_id", MIDTRANS_PROVIDER_ID)
    .whereRaw("data->>'order_id' = ?", [midtransOrderId])
    .whereNotNull("captured_at")
    .whereNull("deleted_at")
    .first("id")
  if (!payment) return new StepResponse<UnrecordedRefund>(null)
  const [{ refunded }] = await pg("refund").where({ payment_id: payment.id }).whereNull("deleted_at").sum({ refunded: "amount" })
  const missing = refundedAt(await transactionOf(midtransClients(options), midtransOrderId)) - Number(refunded ?? 0)
  return new StepResponse<UnrecordedRefund>(missing > 0 ? { payment_id: payment.id, amount: missing } : null)
})
