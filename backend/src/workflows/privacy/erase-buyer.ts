import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { emailHash, erasedEmail, maskedEmail } from "../../lib/privacy/subject"
import { eraseBuyerRecordsStep } from "./steps/erase-buyer-records"
import { recordDataRequestStep } from "./steps/record-data-request"

export type EraseBuyerWorkflowInput = { email: string; reason: string; actor_id: string }

export const eraseBuyerWorkflowId = "erase-buyer"

/**
 * A buyer's erasure on request (UU No. 27 Tahun 2022): the request is recorded
 * first (masked address, its hash, the reason, the coordinator), then the
 * buyer's name, email, phone and addresses are replaced everywhere the shop
 * keeps them, while orders keep their amounts and lines and producers their
 * ledger. One erasure of an email at a time.
 *
 * @example
 * await eraseBuyerWorkflow(container).run({ input: { email: "siti@contoh.id", reason: "Permintaan tertulis 4 Des", actor_id: "user_1" } })
 */
export const eraseBuyerWorkflow = createWorkflow(eraseBuyerWorkflowId, (input: EraseBuyerWorkflowInput) => {
  const key = transform({ input }, ({ input }) => `erase-buyer:${emailHash(input.email)}`)
  acquireLockStep({ key, timeout: 30, ttl: 120 })
  const request = recordDataRequestStep(
    transform({ input }, ({ input }) => ({
      kind: "erasure" as const,
      subject_type: "buyer" as const,
      subject_label: maskedEmail(input.email),
      subject_hash: emailHash(input.email),
      reason: input.reason,
      requested_by: input.actor_id,
    }))
  )
  const erased = eraseBuyerRecordsStep(transform({ input, request }, ({ input, request }) => ({ email: input.email, placeholder: erasedEmail(request.id) })))
  releaseLockStep({ key })
  return new WorkflowResponse(transform({ request, erased }, ({ request, erased }) => ({ request_id: request.id, erased })))
})
