import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { readOrderSettlementStep } from "./steps/read-order-settlement"
import { writeSettlementEntriesStep } from "./steps/write-settlement-entries"

export const settleOrderWorkflowId = "settle-order"

/**
 * Brings an order's producers' ledgers up to date with its payments: each
 * capture credits, each refund (a cancellation after payment, a returned
 * order) debits, their lines' share of it, once. Run when a payment is
 * captured or refunded and when the order's producer parts are made (a payment
 * captured at checkout comes before them); each may come twice.
 *
 * @example
 * await settleOrderWorkflow(container).run({ input: { order_id: "order_123" } })
 */
export const settleOrderWorkflow = createWorkflow(settleOrderWorkflowId, (input: { order_id: string }) => {
  const key = transform({ input }, ({ input }) => `settlement:order:${input.order_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  const entries = readOrderSettlementStep(input.order_id)
  const written = writeSettlementEntriesStep(entries)
  releaseLockStep({ key })
  return new WorkflowResponse(written)
})
