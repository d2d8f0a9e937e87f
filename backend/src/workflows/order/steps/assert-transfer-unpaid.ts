import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isUnpaidPastDeadline } from "../../../modules/payment-offline/unpaid-transfer"
import { readTransferOrders } from "../../../lib/order/transfer-orders"
import type { FindUnpaidTransfersInput } from "./find-unpaid-transfers"

export const assertTransferUnpaidStepId = "assert-transfer-unpaid"

/**
 * Reads the order again right before canceling it: a coordinator may have
 * confirmed the transfer, or another run canceled it, since the job listed it.
 * Such an order is refused (NOT_ALLOWED) and left exactly as it is.
 */
export const assertTransferUnpaidStep = createStep(
  assertTransferUnpaidStepId,
  async (input: FindUnpaidTransfersInput & { order_id: string }, { container }) => {
    const [order] = await readTransferOrders(container, [input.order_id])
    if (!order || !isUnpaidPastDeadline(order, new Date(input.now), input.default_hours_to_pay)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order ${input.order_id} is no longer an unpaid bank transfer past its deadline`)
    }
    return new StepResponse(order)
  }
)
