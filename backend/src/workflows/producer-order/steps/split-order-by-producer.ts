import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ProducerPart = { order_id: string; producer_id: string; item_ids: string[] }

/** Groups an order's lines by the producer of each line's product; lines of products without a producer stay with the coordinators. */
export const splitOrderByProducerStep = createStep("split-order-by-producer", async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.product_id"], filters: { id: order_id } })
  const items = (orders[0]?.items ?? []).flatMap((item) => (item?.product_id ? [{ id: item.id, product_id: item.product_id }] : []))
  if (!items.length) {
    return new StepResponse([] as ProducerPart[])
  }
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "producer.id"],
    filters: { id: [...new Set(items.map((item) => item.product_id))] },
  })
  const producerOf = new Map(products.flatMap((product) => (product.producer ? [[product.id, product.producer.id] as const] : [])))
  const parts = new Map<string, ProducerPart>()
  for (const item of items) {
    const producerId = producerOf.get(item.product_id)
    if (!producerId) {
      continue
    }
    const part = parts.get(producerId) ?? { order_id, producer_id: producerId, item_ids: [] }
    part.item_ids.push(item.id)
    parts.set(producerId, part)
  }
  return new StepResponse([...parts.values()])
})
