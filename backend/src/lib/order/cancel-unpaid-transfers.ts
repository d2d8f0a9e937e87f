import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelUnpaidTransferWorkflow } from "../../workflows/order/cancel-unpaid-transfer"
import { findUnpaidTransfersWorkflow } from "../../workflows/order/find-unpaid-transfers"

/**
 * The hourly sweep: every order whose bank transfer is past its deadline at
 * `now` is canceled, one workflow per order, so one order that cannot be
 * canceled (paid a moment ago, say) does not keep the others on hold. Running
 * it twice cancels and tells nobody twice: canceled orders are not found again.
 *
 * @example
 * const { canceled, failed } = await cancelUnpaidTransfers(container, new Date(), 24)
 */
export async function cancelUnpaidTransfers(container: MedusaContainer, now: Date, defaultHoursToPay: number) {
  const input = { now: now.toISOString(), default_hours_to_pay: defaultHoursToPay }
  const { result: overdue } = await findUnpaidTransfersWorkflow(container).run({ input })
  const canceled: string[] = []
  const failed: Array<{ order_id: string; message: string }> = []
  for (const order of overdue) {
    try {
      await cancelUnpaidTransferWorkflow(container).run({ input: { ...input, order_id: order.id } })
      canceled.push(order.id)
    } catch (error) {
      failed.push({ order_id: order.id, message: (error as Error).message })
    }
  }
  if (failed.length) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Unpaid transfers not canceled: ${failed.map((entry) => `${entry.order_id} (${entry.message})`).join("; ")}`)
  }
  return { canceled, failed }
}
