import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const updateProductComplianceStepId = "update-product-compliance"

type ComplianceUpdate = { id: string; update: Record<string, unknown> }

/** Changes a product's food compliance record; the compensation puts back the old values. */
export const updateProductComplianceStep = createStep(
  updateProductComplianceStepId,
  async ({ id, update }: ComplianceUpdate, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const before = await producers.retrieveProductCompliance(id)
    const updated = await producers.updateProductCompliances({ id, ...update })
    const previous = Object.fromEntries(Object.keys(update).map((key) => [key, (before as Record<string, unknown>)[key]]))
    return new StepResponse(updated, { id, previous })
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.updateProductCompliances({ id: snapshot.id, ...snapshot.previous })
  }
)
