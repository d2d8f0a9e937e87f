import { ContainerRegistrationKeys, Modules, OrderChangeStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Confirms the order edit that took the declined lines to nothing. Medusa's
 * confirmOrderEditRequestWorkflow would also rebuild the payment collection,
 * cancelling a bank transfer's authorized payment (its reference and account)
 * and a Midtrans transaction: the money side is the decline workflow's own.
 * The compensation undoes the change, as Medusa's confirm step does.
 */
export const confirmDeclinedLinesStep = createStep(
  "confirm-declined-lines",
  async (input: { order_id: string; confirmed_by: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order_change",
      fields: ["id", "status"],
      filters: { order_id: input.order_id, status: [OrderChangeStatus.PENDING, OrderChangeStatus.REQUESTED] },
    })
    const change = data[0]
    await container.resolve(Modules.ORDER).confirmOrderChange({ id: change.id, confirmed_by: input.confirmed_by })
    return new StepResponse(change.id, {
      order_id: input.order_id,
      id: change.id,
      status: change.status as OrderChangeStatus,
      confirmed_by: input.confirmed_by,
    })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve(Modules.ORDER).undoLastChange(before.order_id, before)
  }
)
