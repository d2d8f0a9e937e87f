import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRIVACY_MODULE } from "../../../modules/privacy"
import type PrivacyModuleService from "../../../modules/privacy/service"

export type NewDataRequest = {
  kind: "export" | "erasure"
  subject_type: "buyer" | "producer"
  subject_label: string
  subject_hash?: string | null
  reason?: string | null
  requested_by: string
}

export const recordDataRequestStepId = "record-data-request"

/** Records who carried out which request about whose data; undone by deleting the record (the request then did not happen). */
export const recordDataRequestStep = createStep(
  recordDataRequestStepId,
  async (request: NewDataRequest, { container }) => {
    const created = await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).createDataRequests(request)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PrivacyModuleService>(PRIVACY_MODULE).deleteDataRequests(id)
  }
)
