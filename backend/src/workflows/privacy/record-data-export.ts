import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordDataRequestStep, type NewDataRequest } from "./steps/record-data-request"

export const recordDataExportWorkflowId = "record-data-export"

/** Records an export of someone's data before it is handed over, so every export is on the record. */
export const recordDataExportWorkflow = createWorkflow(recordDataExportWorkflowId, (input: NewDataRequest) => {
  return new WorkflowResponse(recordDataRequestStep(input))
})
