import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { readCapturedSalesStep } from "./steps/read-captured-sales"
import { writeSettlementEntriesStep } from "./steps/write-settlement-entries"

export const recordSalesOfOrderWorkflowId = "record-sales-of-order"

/**
 * Credits each producer of an order with their lines' share of every capture
 * of its payments not credited yet. Run when a payment is captured and when the
 * order's producer parts are made (a payment captured at checkout comes before
 * them); either may come twice, and nothing is credited twice.
 *
 * @example
 * await recordSalesOfOrderWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const recordSalesOfOrderWorkflow = createWorkflow(recordSalesOfOrderWorkflowId, (input: { order_id: string }) => {
  const key = transform({ input }, ({ input }) => `settlement:order:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const entries = readCapturedSalesStep(input.order_id)
  const written = writeSettlementEntriesStep(entries)
  releaseLockStep({ key })
  return new WorkflowResponse(written)
})
