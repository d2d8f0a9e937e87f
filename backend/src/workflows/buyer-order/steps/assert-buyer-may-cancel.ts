import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refuseBuyerCancellation } from "../../../lib/order/buyer-cancellation"

/**
 * Reads the order right before canceling it: a coordinator may have confirmed
 * the payment, or a producer packed, since the buyer opened the page. Such an
 * order is refused and left exactly as it is.
 */
export const assertBuyerMayCancelStep = createStep("assert-buyer-may-cancel", async ({ order_id }: { order_id: string }, { container }) => {
  const refusal = await refuseBuyerCancellation(container, order_id)
  if (refusal) throw new MedusaError(refusal.status === 404 ? MedusaError.Types.NOT_FOUND : MedusaError.Types.NOT_ALLOWED, refusal.message)
  return new StepResponse(order_id)
})
