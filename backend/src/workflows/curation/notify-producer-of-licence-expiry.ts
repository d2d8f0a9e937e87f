import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsWhenConfiguredStep } from "../notification/steps/send-notifications-when-configured"
import { buildLicenceExpiryNoticesStep, type LicenceWarnedEvent } from "./steps/build-licence-expiry-notices"

export const notifyProducerOfLicenceExpiryWorkflowId = "notify-producer-of-licence-expiry"

/**
 * Tells a producer that a licence their products are sold under runs out
 * within 30 days: which one, its number, the day, the products that leave the
 * shop then, and how to renew it. Once per producer, licence and expiry day.
 *
 * @example
 * await notifyProducerOfLicenceExpiryWorkflow(container).run({
 *   input: [{ id: "prod_1", warning: "Izin P-IRT berakhir 2026-12-12", producer_id: "prdc_1",
 *     expiring: [{ licence: "pirt", number: "2063501010123-26", expires_on: "2026-12-12T00:00:00.000Z" }] }],
 * })
 */
export const notifyProducerOfLicenceExpiryWorkflow = createWorkflow(notifyProducerOfLicenceExpiryWorkflowId, (input: LicenceWarnedEvent[]) => {
  return new WorkflowResponse(sendNotificationsWhenConfiguredStep(buildLicenceExpiryNoticesStep(input)))
})
