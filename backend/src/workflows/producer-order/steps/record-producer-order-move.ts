import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { STATUS_TIMESTAMPS, type ProducerOrderStatus } from "../../../modules/producer/order-progress"
import type ProducerModuleService from "../../../modules/producer/service"

export type RecordMoveInput = {
  producer_order_id: string
  from: ProducerOrderStatus
  status: Exclude<ProducerOrderStatus, "new" | "declined">
  tracking_note?: string
  fulfillment_id: string | null
}

/** Saves the new status with its time; the compensation puts the old status back. */
export const recordProducerOrderMoveStep = createStep(
  "record-producer-order-move",
  async (input: RecordMoveInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const before = await producers.retrieveProducerOrder(input.producer_order_id)
    const updated = await producers.updateProducerOrders({
      id: input.producer_order_id,
      status: input.status,
      [STATUS_TIMESTAMPS[input.status]]: new Date(),
      fulfillment_id: input.fulfillment_id,
      ...(input.tracking_note ? { tracking_note: input.tracking_note } : {}),
    })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const { id, status, tracking_note, fulfillment_id, accepted_at, packed_at, handed_over_at, shipped_at } = before
    await producers.updateProducerOrders({ id, status, tracking_note, fulfillment_id, accepted_at, packed_at, handed_over_at, shipped_at })
  }
)
