import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsWhenConfiguredStep } from "../notification/steps/send-notifications-when-configured"
import { buildProducerStatusNoticeStep, type ProducerStatusChange } from "./steps/build-producer-status-notice"

export const notifyProducerOfStatusWorkflowId = "notify-producer-of-status"

/**
 * Tells a producer that a coordinator activated or suspended them, and why.
 *
 * @example
 * await notifyProducerOfStatusWorkflow(container).run({
 *   input: { id: "prdc_1", from: "active", to: "suspended", reason: "P-IRT kedaluwarsa", changed_at: "2026-12-07T10:00:00.000Z" },
 * })
 */
export const notifyProducerOfStatusWorkflow = createWorkflow(notifyProducerOfStatusWorkflowId, (input: ProducerStatusChange) => {
  return new WorkflowResponse(sendNotificationsWhenConfiguredStep(buildProducerStatusNoticeStep(input)))
})
