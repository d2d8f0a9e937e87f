import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CURATION_MODULE } from "../../../modules/curation"
import type CurationModuleService from "../../../modules/curation/service"
import type { CurationActor, CurationDecision, RecordedCurationDecision } from "../types"

type Undo = { created: Array<{ curation_id: string; product_id: string }>; updated: Array<{ id: string; state: CurationDecision["from"] }>; eventIds: string[] }

export const recordCurationStepId = "record-curation"

/**
 * Writes each decision: the new state and a history entry (who, when, why,
 * from which state), and hands each decision on with its history entry's id.
 * A product without a curation record gets one. The
 * compensation puts the old states back and removes what it added.
 */
export const recordCurationStep = createStep(
  recordCurationStepId,
  async ({ decisions, actor }: { decisions: CurationDecision[]; actor: CurationActor }, { container }) => {
    const service: CurationModuleService = container.resolve(CURATION_MODULE)
    const undo: Undo = { created: [], updated: [], eventIds: [] }
    const recorded: RecordedCurationDecision[] = []
    for (const decision of decisions) {
      let curationId = decision.curation_id
      if (!curationId) {
        curationId = (await service.createProductCurations({ state: decision.from })).id
        await container.resolve(ContainerRegistrationKeys.LINK).create({
          [Modules.PRODUCT]: { product_id: decision.product_id },
          [CURATION_MODULE]: { product_curation_id: curationId },
        })
        undo.created.push({ curation_id: curationId, product_id: decision.product_id })
      } else {
        undo.updated.push({ id: curationId, state: decision.from })
      }
      await service.updateProductCurations({ id: curationId, state: decision.to, ...(decision.to === "approved" ? { licence_warning: null } : {}) })
      const event = await service.createCurationEvents({
        curation_id: curationId,
        action: decision.action,
        from_state: decision.from,
        to_state: decision.to,
        actor_type: actor.type,
        actor_id: actor.id,
        reason: decision.reason,
      })
      undo.eventIds.push(event.id)
      recorded.push({ ...decision, event_id: event.id })
    }
    return new StepResponse(recorded, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: CurationModuleService = container.resolve(CURATION_MODULE)
    await service.deleteCurationEvents(undo.eventIds)
    if (undo.updated.length) {
      await service.updateProductCurations(undo.updated)
    }
    if (undo.created.length) {
      await container
        .resolve(ContainerRegistrationKeys.LINK)
        .dismiss(
          undo.created.map((row) => ({ [Modules.PRODUCT]: { product_id: row.product_id }, [CURATION_MODULE]: { product_curation_id: row.curation_id } }))
        )
      await service.deleteProductCurations(undo.created.map((row) => row.curation_id))
    }
  }
)
