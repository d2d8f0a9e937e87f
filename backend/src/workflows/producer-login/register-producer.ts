import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createProducersWorkflow } from "../producer/create-producers"
import type { ProducerInput } from "../producer/types"

export type RegisterProducerInput = { auth_identity_id: string; producer: Omit<ProducerInput, "status" | "is_demo"> }

export const registerProducerWorkflowId = "register-producer"

/**
 * A producer who signed up on their own: the producer is created pending (a
 * coordinator activates it) with its stock location, and the login is tied to
 * it. If tying the login fails, the producer is removed again.
 *
 * @example
 * await registerProducerWorkflow(container).run({ input: { auth_identity_id: "authid_1", producer: { handle: "gula-sri", ... } } })
 */
export const registerProducerWorkflow = createWorkflow(registerProducerWorkflowId, (input: RegisterProducerInput) => {
  const producers = createProducersWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ producers: [{ ...input.producer, status: "pending" as const }] })),
  })
  setAuthAppMetadataStep(
    transform({ input, producers }, ({ input, producers }) => ({ authIdentityId: input.auth_identity_id, actorType: "producer", value: producers[0].id }))
  )
  return new WorkflowResponse(transform({ producers }, ({ producers }) => producers[0]))
})
