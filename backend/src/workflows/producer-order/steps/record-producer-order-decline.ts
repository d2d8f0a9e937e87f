import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type { DeclineReason } from "../../../modules/producer/order-decline"
import type ProducerModuleService from "../../../modules/producer/service"

export type RecordDeclineInput = {
  producer_order_id: string
  reason: DeclineReason
  note?: string
  /** The payment refunded for the lines, and the refunds it had before: the new one is this decline's. */
  refund: { payment_id: string; known_refund_ids: string[] } | null
}

/** Marks the part declined, with why and the refund that returned its money; the compensation puts the part back. */
export const recordProducerOrderDeclineStep = createStep(
  "record-producer-order-decline",
  async (input: RecordDeclineInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const before = await producers.retrieveProducerOrder(input.producer_order_id)
    let refundId: string | null = null
    if (input.refund) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "payment", fields: ["refunds.id"], filters: { id: input.refund.payment_id } })
      const known = new Set(input.refund.known_refund_ids)
      refundId = (data[0]?.refunds ?? []).find((refund) => refund && !known.has(refund.id))?.id ?? null
    }
    const updated = await producers.updateProducerOrders({
      id: input.producer_order_id,
      status: "declined",
      decline_reason: input.reason,
      decline_note: input.note ?? null,
      declined_at: new Date(),
      decline_refund_id: refundId,
    })
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) return
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const { id, status, decline_reason, decline_note, declined_at, decline_refund_id } = before
    await producers.updateProducerOrders({ id, status, decline_reason, decline_note, declined_at, decline_refund_id })
  }
)
