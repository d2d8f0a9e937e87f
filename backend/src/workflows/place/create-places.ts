import { createHook, createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PlaceEvents } from "../../lib/events"
import { createPlacesStep, type PlaceInput } from "./steps/create-places"

export const createPlacesWorkflowId = "create-places"

/**
 * Loads a kabupaten with its kecamatan and desa; places that exist already are kept as they are.
 *
 * @example
 * await createPlacesWorkflow(container).run({ input: { kabupaten, kecamatan } })
 */
export const createPlacesWorkflow = createWorkflow(createPlacesWorkflowId, (input: PlaceInput) => {
  const created = createPlacesStep(input)
  emitEventStep({ eventName: PlaceEvents.CREATED, data: created })
  const placesCreated = createHook("placesCreated", { created })
  return new WorkflowResponse(created, { hooks: [placesCreated] })
})
