import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ProducerOrderEvents } from "../../lib/events"
import { createProducerOrdersStep } from "./steps/create-producer-orders"
import { splitOrderByProducerStep } from "./steps/split-order-by-producer"

export const createProducerOrdersWorkflowId = "create-producer-orders"

/**
 * Splits a placed order into one part per producer, the lines each producer
 * sees and fulfils in their panel. Runs on order.placed. Emits
 * producer_order.created with the parts it made, only when it made some, so a
 * redelivered order.placed tells no producer twice.
 *
 * @example
 * await createProducerOrdersWorkflow(container).run({ input: { order_id: "order_1" } })
 */
export const createProducerOrdersWorkflow = createWorkflow(createProducerOrdersWorkflowId, (input: { order_id: string }) => {
  const parts = splitOrderByProducerStep(input)
  const created = createProducerOrdersStep(parts)
  when({ created }, ({ created }) => created.length > 0).then(() => {
    emitEventStep({ eventName: ProducerOrderEvents.CREATED, data: transform({ created }, ({ created }) => ({ ids: created.map((part) => part.id) })) })
  })
  return new WorkflowResponse(created)
})
