import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { producerShares } from "../../../modules/settlement/shares"
import type { NewSettlementEntry } from "./write-settlement-entries"

export const readCapturedSalesStepId = "read-captured-sales"

/**
 * The sale entries an order's captured payments owe its producers: one per
 * capture and producer (the source key says which), each their lines' share of
 * the capture. A read only: what is already written is left out when writing.
 */
export const readCapturedSalesStep = createStep(readCapturedSalesStepId, async (orderId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "total",
      "items.id",
      "items.total",
      "payment_collections.payments.captures.id",
      "payment_collections.payments.captures.amount",
    ],
    filters: { id: orderId },
  })
  const order = orders[0]
  if (!order) return new StepResponse<NewSettlementEntry[]>([])
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const parts = await producers.listProducerOrders({ order_id: orderId }, { select: ["producer_id", "item_ids"] })
  const lines = (order.items ?? []).flatMap((item) => (item ? [{ id: item.id, total: Number(item.total) }] : []))
  const captures = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).flatMap((payment) => payment?.captures ?? [])
  const entries = captures.flatMap((capture) =>
    capture
      ? producerShares(parts, lines, Number(capture.amount), Number(order.total)).map((share): NewSettlementEntry => ({
          producer_id: share.producer_id,
          kind: "sale",
          amount: share.amount,
          order_id: order.id,
          order_display_id: Number(order.display_id),
          note: `Penjualan pesanan #${order.display_id}`,
          source_key: `sale:${capture.id}:${share.producer_id}`,
        }))
      : []
  )
  return new StepResponse(entries)
})
