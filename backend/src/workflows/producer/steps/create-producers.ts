import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { licenceColumns, type ProducerInput } from "../types"

export const createProducersStepId = "create-producers"

export const createProducersStep = createStep(
  createProducersStepId,
  async (input: ProducerInput[], { container }) => {
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const producers = await service.createProducers(
      input.map(({ desa_id: _desa, pirt, bpom, halal, ...fields }) => ({ ...fields, ...licenceColumns({ pirt, bpom, halal }) }))
    )
    return new StepResponse(
      producers,
      producers.map((producer) => producer.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await service.deleteProducers(createdIds)
  }
)
