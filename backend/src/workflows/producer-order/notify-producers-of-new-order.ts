import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsWhenConfiguredStep } from "../notification/steps/send-notifications-when-configured"
import { buildNewOrderNoticesStep } from "./steps/build-new-order-notices"

export const notifyProducersOfNewOrderWorkflowId = "notify-producers-of-new-order"

/**
 * Tells each producer (at the email they sign in with) of their new part of an
 * order: the number, their lines, the delivery and a link to the panel. Each
 * message is keyed by part and address, so running it again sends nothing new.
 *
 * @example
 * await notifyProducersOfNewOrderWorkflow(container).run({ input: { producer_order_ids: ["prord_1"] } })
 */
export const notifyProducersOfNewOrderWorkflow = createWorkflow(notifyProducersOfNewOrderWorkflowId, (input: { producer_order_ids: string[] }) => {
  const notices = buildNewOrderNoticesStep(input)
  return new WorkflowResponse(sendNotificationsWhenConfiguredStep(notices))
})
