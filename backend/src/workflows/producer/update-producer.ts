import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ProducerEvents } from "../../lib/events"
import { updateProducerStep } from "./steps/update-producer"
import { validateProducerLicencesStep } from "./steps/validate-producer-licences"
import type { ProducerUpdate } from "./types"

export const updateProducerWorkflowId = "update-producer"

/**
 * Updates a producer's profile, status or licences; expired licences are refused.
 *
 * @example
 * await updateProducerWorkflow(container).run({ input: { id: "prdc_123", update: { whatsapp: "+6281234567890" } } })
 */
export const updateProducerWorkflow = createWorkflow(updateProducerWorkflowId, (input: { id: string; update: ProducerUpdate }) => {
  validateProducerLicencesStep(transform({ input }, ({ input }) => [input.update]))
  const producer = updateProducerStep(input)
  emitEventStep({ eventName: ProducerEvents.UPDATED, data: transform({ producer }, ({ producer }) => ({ id: producer.id })) })
  const producerUpdated = createHook("producerUpdated", { producer })
  return new WorkflowResponse(producer, { hooks: [producerUpdated] })
})
