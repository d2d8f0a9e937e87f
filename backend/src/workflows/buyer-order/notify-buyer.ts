import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsWhenConfiguredStep } from "../notification/steps/send-notifications-when-configured"
import { buildBuyerOrderCanceledNoticeStep, buildBuyerOrderPlacedNoticeStep } from "./steps/build-buyer-order-notices"

/**
 * Sends the buyer the confirmation of an order just placed (number, lines,
 * delivery, total, how to pay), as the confirmation page promises.
 *
 * @example
 * await notifyBuyerOfOrderPlacedWorkflow(container).run({ input: { order_id: "order_1" } })
 */
export const notifyBuyerOfOrderPlacedWorkflow = createWorkflow("notify-buyer-of-order-placed", (input: { order_id: string }) => {
  return new WorkflowResponse(sendNotificationsWhenConfiguredStep(buildBuyerOrderPlacedNoticeStep(input)))
})

/**
 * Tells the buyer their order was canceled, whoever canceled it (a coordinator
 * in the admin, or a job), and what happens to money already paid.
 *
 * @example
 * await notifyBuyerOfOrderCanceledWorkflow(container).run({ input: { order_id: "order_1" } })
 */
export const notifyBuyerOfOrderCanceledWorkflow = createWorkflow("notify-buyer-of-order-canceled", (input: { order_id: string }) => {
  return new WorkflowResponse(sendNotificationsWhenConfiguredStep(buildBuyerOrderCanceledNoticeStep(input)))
})
