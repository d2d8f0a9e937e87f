import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkProducerOrderMoveStep, type ProducerOrderMove } from "./steps/check-producer-order-move"
import { recordProducerOrderMoveStep } from "./steps/record-producer-order-move"
import { withdrawPendingTransferWorkflow } from "../order/withdraw-pending-transfer"

export type AdvanceProducerOrderInput = ProducerOrderMove & {
  /** The producer's own stock location: packing takes the stock from there. */
  location_id: string
}

export const advanceProducerOrderWorkflowId = "advance-producer-order"

/**
 * Moves a producer's part of an order one step on. Packing creates Medusa's
 * fulfillment of the producer's lines at their own stock location, which turns
 * the order's reservations into stock taken off the shelf; shipping records
 * Medusa's shipment with the tracking note as its label. A pending transfer
 * request on the order is withdrawn first: it must not hold the producer up.
 *
 * @example
 * await advanceProducerOrderWorkflow(container).run({
 *   input: { producer_order_id: "prord_1", status: "shipped", tracking_note: "JNE 0123456789", location_id: "sloc_1" },
 * })
 */
export const advanceProducerOrderWorkflow = createWorkflow(advanceProducerOrderWorkflowId, (input: AdvanceProducerOrderInput) => {
  acquireLockStep({ key: input.producer_order_id, timeout: 5, ttl: 30 })
  const move = checkProducerOrderMoveStep(input)
  // A transfer request someone left pending would refuse the fulfillment and the shipment below.
  withdrawPendingTransferWorkflow.runAsStep({
    input: transform({ move }, ({ move }) => ({ order_id: move.order_id })),
  })

  const fulfillment = when("pack-creates-fulfillment", { input }, ({ input }) => input.status === "packed").then(() =>
    createOrderFulfillmentWorkflow.runAsStep({
      input: transform({ input, move }, ({ input, move }) => ({ order_id: move.order_id, items: move.items, location_id: input.location_id })),
    })
  )

  when("ship-creates-shipment", { input, move }, ({ input, move }) => input.status === "shipped" && !!move.fulfillment_id).then(() => {
    createOrderShipmentWorkflow.runAsStep({
      input: transform({ input, move }, ({ input, move }) => ({
        order_id: move.order_id,
        fulfillment_id: move.fulfillment_id!,
        items: move.items,
        labels: [{ tracking_number: input.tracking_note ?? "", tracking_url: "", label_url: "" }],
      })),
    })
  })

  const updated = recordProducerOrderMoveStep(
    transform({ input, move, fulfillment }, ({ input, move, fulfillment }) => ({
      producer_order_id: input.producer_order_id,
      from: move.from,
      status: input.status,
      tracking_note: input.tracking_note,
      fulfillment_id: (fulfillment as { id?: string } | undefined)?.id ?? move.fulfillment_id,
    }))
  )
  releaseLockStep({ key: input.producer_order_id })
  return new WorkflowResponse(updated)
})
