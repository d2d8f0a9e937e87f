import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { CurationAction } from "../../modules/curation/states"
import { decideCurationStep } from "./steps/decide-curation"
import { loadCurationContextStep } from "./steps/load-curation-context"
import { recordCurationStep } from "./steps/record-curation"
import { syncBuyerVisibilityStep } from "./steps/sync-buyer-visibility"
import type { CurationActor } from "./types"

export type TransitionCurationInput = {
  product_ids: string[]
  action: CurationAction
  reason?: string | null
  /** A reason per product, where each needs its own (e.g. which licence expired when). */
  reasons?: Record<string, string>
  actor: CurationActor
  /** The day the checks are made on (YYYY-MM-DD); today when absent. */
  today?: string
}

export const transitionCurationWorkflowId = "transition-curation"

/**
 * Moves products through OK OCE curation (submit, approve, request changes,
 * reject, revoke), records who did it and why, and shows or hides them to buyers.
 *
 * @example
 * await transitionCurationWorkflow(container).run({
 *   input: { product_ids: ["prod_123"], action: "approve", actor: { type: "user", id: "user_123" } },
 * })
 */
export const transitionCurationWorkflow = createWorkflow(transitionCurationWorkflowId, (input: TransitionCurationInput) => {
  const contexts = loadCurationContextStep(input.product_ids)
  const decisions = decideCurationStep(
    transform({ contexts, input }, ({ contexts, input }) => ({
      contexts,
      action: input.action,
      reason: input.reason,
      reasons: input.reasons,
      today: input.today,
      actor: input.actor,
    }))
  )
  const recorded = recordCurationStep(transform({ decisions, input }, ({ decisions, input }) => ({ decisions, actor: input.actor })))
  syncBuyerVisibilityStep(input.product_ids)
  emitEventStep({
    eventName: transform({ decisions }, ({ decisions }) => `curation.${decisions[0]?.to ?? "unchanged"}`),
    data: transform({ recorded }, ({ recorded }) =>
      recorded.map((decision) => ({ id: decision.product_id, from: decision.from, to: decision.to, reason: decision.reason, event_id: decision.event_id }))
    ),
  })
  const curationTransitioned = createHook("curationTransitioned", { decisions: recorded })
  return new WorkflowResponse(recorded, { hooks: [curationTransitioned] })
})
