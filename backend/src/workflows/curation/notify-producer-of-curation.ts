import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsWhenConfiguredStep } from "../notification/steps/send-notifications-when-configured"
import { buildCurationNoticesStep, type CurationDecisionEvent } from "./steps/build-curation-notices"

export const notifyProducerOfCurationWorkflowId = "notify-producer-of-curation"

/**
 * Tells the producer what the coordinators decided about their product
 * (approved, changes requested, rejected, revoked) and why.
 *
 * @example
 * await notifyProducerOfCurationWorkflow(container).run({ input: [{ id: "prod_1", to: "revoked", reason: "P-IRT kedaluwarsa", event_id: "curev_1" }] })
 */
export const notifyProducerOfCurationWorkflow = createWorkflow(notifyProducerOfCurationWorkflowId, (input: CurationDecisionEvent[]) => {
  return new WorkflowResponse(sendNotificationsWhenConfiguredStep(buildCurationNoticesStep(input)))
})
