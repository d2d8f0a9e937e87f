import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { curationChecklist, photoCheck } from "../../../modules/curation/checklist"
import { nextCurationState, reasonRequired, type CurationAction } from "../../../modules/curation/states"
import type { CurationActor, CurationContext, CurationDecision } from "../types"

export const decideCurationStepId = "decide-curation"

/**
 * A coordinator approving a product buyers have never been shown wants a real
 * photo of it. Not asked of a product approved before (it was on sale before
 * photos could be uploaded; a title fix must not hide it until someone takes
 * a picture), nor of the seed's own approvals (the demo ships no photographs).
 */
export const photoRequired = (actor: CurationActor, context: Pick<CurationContext, "approvedBefore">) => actor.type === "user" && !context.approvedBefore

/**
 * Decides each product's next state: the lifecycle must allow the action, a
 * reason is given where one is required, and approval passes every check.
 * Nothing is written here, so a refusal leaves everything as it was.
 */
export const decideCurationStep = createStep(
  decideCurationStepId,
  async ({
    contexts,
    action,
    reason,
    reasons,
    today,
    actor,
  }: {
    contexts: CurationContext[]
    action: CurationAction
    reason?: string | null
    reasons?: Record<string, string>
    today?: string
    actor: CurationActor
  }) => {
    const decisions: CurationDecision[] = contexts.map((context) => {
      const trimmed = (reasons?.[context.product_id] ?? reason)?.trim() || null
      if (reasonRequired(action) && !trimmed) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "reason: alasan wajib diisi / a reason is required")
      }
      const to = nextCurationState(context.state, action)
      if (action === "approve") {
        const failures = [
          ...curationChecklist({ ...context.checklistInput, today: today ? new Date(today) : new Date() }),
          ...(photoRequired(actor, context) ? photoCheck(context.hasPhoto) : []),
        ]
        if (failures.length) {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Persetujuan ditolak untuk '${context.title}': ${failures.map((failure) => failure.id).join("; ")} / Approval refused: ${failures.map((failure) => failure.en).join("; ")}`
          )
        }
      }
      return { product_id: context.product_id, curation_id: context.curation_id, action, from: context.state, to, reason: trimmed }
    })
    return new StepResponse(decisions)
  }
)
