import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsWhenConfiguredStep } from "../notification/steps/send-notifications-when-configured"
import { buildPayoutNoticeStep, type PayoutRecordedEvent } from "./steps/build-payout-notice"

export const notifyProducerOfPayoutWorkflowId = "notify-producer-of-payout"

/**
 * Tells a producer that the centre paid them: how much, to which account, on
 * which day, under which bank reference, and their balance after it.
 *
 * @example
 * await notifyProducerOfPayoutWorkflow(container).run({ input: { id: "stle_1", producer_id: "prdc_1", reference: "TRF-0412", paid_on: "2026-12-04" } })
 */
export const notifyProducerOfPayoutWorkflow = createWorkflow(notifyProducerOfPayoutWorkflowId, (input: PayoutRecordedEvent) => {
  return new WorkflowResponse(sendNotificationsWhenConfiguredStep(buildPayoutNoticeStep(input)))
})
