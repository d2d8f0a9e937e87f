import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isUnpaidPastDeadline } from "../../../modules/payment-offline/unpaid-transfer"
import { ordersAwaitingTransfer } from "../../../lib/order/transfer-orders"

export const findUnpaidTransfersStepId = "find-unpaid-transfers"

export type FindUnpaidTransfersInput = { now: string; default_hours_to_pay: number }

/** The orders whose bank transfer is past its deadline at `now` (read only, nothing to undo). */
export const findUnpaidTransfersStep = createStep(findUnpaidTransfersStepId, async (input: FindUnpaidTransfersInput, { container }) => {
  const now = new Date(input.now)
  const waiting = await ordersAwaitingTransfer(container)
  return new StepResponse(waiting.filter((order) => isUnpaidPastDeadline(order, now, input.default_hours_to_pay)))
})
