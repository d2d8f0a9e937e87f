import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { CurationEvents } from "../../lib/events"
import type { LicenceWarnedEvent } from "./steps/build-licence-expiry-notices"
import { findLicenceRisksStep } from "./steps/find-licence-risks"
import { setLicenceWarningsStep } from "./steps/set-licence-warnings"
import { transitionCurationWorkflow } from "./transition-curation"

export const reviewLicenceExpiryWorkflowId = "review-licence-expiry"

/**
 * The daily licence check: warns on approved products whose licence runs out
 * within 30 days, and revokes those whose licence has expired, saying why.
 * Each product whose warning changed is announced (curation.licence_warned);
 * its producer hears which licence runs out (notify-producer-of-licence-expiry).
 *
 * @example
 * await reviewLicenceExpiryWorkflow(container).run({ input: { today: "2026-12-20" } })
 */
export const reviewLicenceExpiryWorkflow = createWorkflow(reviewLicenceExpiryWorkflowId, (input: { today: string }) => {
  const risks = findLicenceRisksStep(input)
  const warned = setLicenceWarningsStep(transform({ risks }, ({ risks }) => risks.warn))
  when({ risks }, ({ risks }) => risks.revoke.product_ids.length > 0).then(() => {
    transitionCurationWorkflow.runAsStep({
      input: transform({ risks, input }, ({ risks, input }) => ({
        product_ids: risks.revoke.product_ids,
        action: "revoke" as const,
        reasons: risks.revoke.reasons,
        actor: { type: "system" as const, id: "licence-expiry-job" },
        today: input.today,
      })),
    })
  })
  emitEventStep({
    eventName: CurationEvents.LICENCE_WARNED,
    data: transform({ warned }, ({ warned }) =>
      warned.map((row): LicenceWarnedEvent => ({ id: row.product_id, warning: row.warning, producer_id: row.producer_id, expiring: row.expiring }))
    ),
  })
  return new WorkflowResponse(transform({ risks }, ({ risks }) => ({ revoked: risks.revoke.product_ids, warned: risks.warn })))
})
