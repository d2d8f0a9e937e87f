import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../src/modules/producer"
import type ProducerModuleService from "../src/modules/producer/service"
import { eventually, stockOf } from "./stripe/card-checkout"

type Api = { get: (url: string, config?: unknown) => Promise<{ status: number }> }
type Headers = { headers: Record<string, string> }

/** A stocked variant buyers can see, and the producer it belongs to. */
export type ProducerPick = { variantId: string; producerId: string }

/**
 * One variant of each of `count` different producers of the seeded store,
 * visible to buyers and with at least `minimum` units free: an order from
 * several producers for the tests of what each of them is owed.
 */
export async function variantsOfProducers(api: Api, store: Headers, container: MedusaContainer, count = 3, minimum = 5): Promise<ProducerPick[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "producer.id", "variants.id", "variants.manage_inventory", "variants.inventory_items.inventory_item_id"],
    filters: { status: "published" },
  })
  const byProducer = new Map<string, ProducerPick>()
  for (const product of products) {
    const variant = product.variants?.[0]
    const producerId = product.producer?.id
    if (!variant?.manage_inventory || !producerId || byProducer.has(producerId)) continue
    const { stocked, reserved } = await stockOf(container, variant.inventory_items![0]!.inventory_item_id)
    const visible = (await api.get(`/store/products/${product.id}`, store).catch(() => undefined))?.status === 200
    if (visible && stocked - reserved >= minimum) byProducer.set(producerId, { variantId: variant.id, producerId })
    if (byProducer.size === count) break
  }
  return [...byProducer.values()]
}

/**
 * A placed order's number and total, and what each of its producers' lines
 * come to, to the rupiah, once the order has been split into their parts.
 */
export async function producerSharesOfOrder(container: MedusaContainer, orderId: string, producerCount: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [placed],
  } = await query.graph({ entity: "order", fields: ["id", "display_id", "total", "items.id", "items.total"], filters: { id: orderId } })
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const parts = await eventually(async () => {
    const found = await producers.listProducerOrders({ order_id: orderId })
    return found.length === producerCount ? found : undefined
  }, "the order split between its producers")
  const lineTotals = new Map(placed.items!.map((item) => [item!.id, Number(item!.total)]))
  const owed = new Map(parts.map((part) => [part.producer_id, (part.item_ids as string[]).reduce((sum, id) => sum + lineTotals.get(id)!, 0)]))
  return { id: orderId, displayId: Number(placed.display_id), total: Number(placed.total), owed }
}
