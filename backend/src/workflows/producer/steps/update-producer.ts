import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { licenceColumns, type ProducerUpdate } from "../types"

export const updateProducerStepId = "update-producer"

/** Updates one producer; its compensation writes back the snapshot taken before. */
export const updateProducerStep = createStep(
  updateProducerStepId,
  async ({ id, update }: { id: string; update: ProducerUpdate }, { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const before = await service.retrieveProducer(id)
    const { pirt, bpom, halal, ...fields } = update
    const producer = await service.updateProducers({ id, ...fields, ...licenceColumns({ pirt, bpom, halal }) })
    return new StepResponse(producer, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const { created_at: _c, updated_at: _u, deleted_at: _d, ...snapshot } = before as typeof before & { deleted_at?: unknown }
    await service.updateProducers(snapshot)
  }
)
