import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"

export type LinkProducerLoginInput = { auth_identity_id: string; producer_id: string }

export const linkProducerLoginWorkflowId = "link-producer-login"

/**
 * Ties an email/password login to a producer (app_metadata.producer_id), which
 * is what makes Medusa's producer token carry the producer as its actor.
 *
 * @example
 * await linkProducerLoginWorkflow(container).run({ input: { auth_identity_id: "authid_1", producer_id: "prdc_1" } })
 */
export const linkProducerLoginWorkflow = createWorkflow(linkProducerLoginWorkflowId, (input: LinkProducerLoginInput) => {
  const identity = setAuthAppMetadataStep({ authIdentityId: input.auth_identity_id, actorType: "producer", value: input.producer_id })
  return new WorkflowResponse(identity)
})
