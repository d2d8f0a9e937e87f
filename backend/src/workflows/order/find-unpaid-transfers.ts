import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findUnpaidTransfersStep, type FindUnpaidTransfersInput } from "./steps/find-unpaid-transfers"

export const findUnpaidTransfersWorkflowId = "find-unpaid-transfers"

/**
 * Lists the orders whose bank transfer is past its deadline at `now`; changes nothing.
 *
 * @example
 * const { result } = await findUnpaidTransfersWorkflow(container).run({ input: { now: new Date().toISOString(), default_hours_to_pay: 24 } })
 */
export const findUnpaidTransfersWorkflow = createWorkflow(findUnpaidTransfersWorkflowId, (input: FindUnpaidTransfersInput) => {
  return new WorkflowResponse(findUnpaidTransfersStep(input))
})
