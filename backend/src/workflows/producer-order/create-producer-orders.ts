import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createProducerOrdersStep } from "./steps/create-producer-orders"
import { splitOrderByProducerStep } from "./steps/split-order-by-producer"

export const createProducerOrdersWorkflowId = "create-producer-orders"

/**
 * Splits a placed order into one part per producer, the lines each producer
 * sees and fulfils in their panel. Runs on order.placed.
 *
 * @example
 * await createProducerOrdersWorkflow(container).run({ input: { order_id: "order_1" } })
 */
export const createProducerOrdersWorkflow = createWorkflow(createProducerOrdersWorkflowId, (input: { order_id: string }) => {
  const parts = splitOrderByProducerStep(input)
  return new WorkflowResponse(createProducerOrdersStep(parts))
})
