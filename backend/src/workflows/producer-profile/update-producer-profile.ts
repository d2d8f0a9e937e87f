import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transitionCurationWorkflow } from "../curation/transition-curation"
import type { ProducerUpdate } from "../producer/types"
import { updateProducerWorkflow } from "../producer/update-producer"
import { findFailingApprovedProductsStep } from "./steps/find-failing-approved-products"

export type UpdateProducerProfileInput = { producer_id: string; update: ProducerUpdate; today: string }

export const updateProducerProfileWorkflowId = "update-producer-profile"

/**
 * A producer's edit of their own profile. Licences go through the same checks
 * as a coordinator's edit; then every approved product is checked again
 * against the new licences, and those that no longer pass go back to review
 * ("reopen"), saying which check fails. A renewed licence changes nothing.
 *
 * @example
 * await updateProducerProfileWorkflow(container).run({ input: { producer_id: "prdc_1", update: { pirt: null }, today: "2026-11-28" } })
 */
export const updateProducerProfileWorkflow = createWorkflow(updateProducerProfileWorkflowId, (input: UpdateProducerProfileInput) => {
  updateProducerWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ id: input.producer_id, update: input.update })) })
  const failing = findFailingApprovedProductsStep(transform({ input }, ({ input }) => ({ producer_id: input.producer_id, today: input.today })))
  when("reopen-failing-products", { failing }, ({ failing }) => failing.product_ids.length > 0).then(() => {
    transitionCurationWorkflow.runAsStep({
      input: transform({ failing, input }, ({ failing, input }) => ({
        product_ids: failing.product_ids,
        action: "reopen" as const,
        reasons: failing.reasons,
        actor: { type: "producer" as const, id: input.producer_id },
        today: input.today,
      })),
    })
  })
  return new WorkflowResponse(transform({ failing }, ({ failing }) => ({ sent_back_to_review: failing.product_ids })))
})
