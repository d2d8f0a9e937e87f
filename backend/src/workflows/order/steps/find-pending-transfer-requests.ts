import { ContainerRegistrationKeys, OrderChangeStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The ids of an order's transfer requests still awaiting an answer (Medusa keeps at most one active change per order). */
export const findPendingTransferRequestsStep = createStep("find-pending-transfer-requests", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_change",
    fields: ["id"],
    filters: { order_id: input.order_id, change_type: "transfer", status: [OrderChangeStatus.PENDING, OrderChangeStatus.REQUESTED] },
  })
  return new StepResponse(data.map((change) => change.id))
})
