import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsWhenConfiguredStep } from "../notification/steps/send-notifications-when-configured"
import { buildBuyerOrderCanceledNoticeStep, buildBuyerOrderPlacedNoticeStep } from "./steps/build-buyer-order-notices"
import { buildBuyerOrderShippedNoticeStep, buildBuyerPaymentReceivedNoticeStep } from "./steps/build-buyer-progress-notices"

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

/**
 * Tells the buyer that the money for their order has arrived.
 *
 * @example
 * await notifyBuyerOfPaymentReceivedWorkflow(container).run({ input: { payment_id: "pay_1" } })
 */
export const notifyBuyerOfPaymentReceivedWorkflow = createWorkflow("notify-buyer-of-payment-received", (input: { payment_id: string }) => {
  return new WorkflowResponse(sendNotificationsWhenConfiguredStep(buildBuyerPaymentReceivedNoticeStep(input)))
})

/**
 * Tells the buyer that a producer has sent their part of the order, with its tracking number.
 *
 * @example
 * await notifyBuyerOfOrderShippedWorkflow(container).run({ input: { fulfillment_id: "ful_1" } })
 */
export const notifyBuyerOfOrderShippedWorkflow = createWorkflow("notify-buyer-of-order-shipped", (input: { fulfillment_id: string }) => {
  return new WorkflowResponse(sendNotificationsWhenConfiguredStep(buildBuyerOrderShippedNoticeStep(input)))
})
