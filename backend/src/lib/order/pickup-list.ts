import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producersInScope } from "../coordinator/producers-in-scope"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import type { PickupDesa, PickupList } from "./pickup-list-types"

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The centre's round of a day (YYYY-MM-DD in Pacitan): every producer's part
 * packed by the end of that day and not yet handed over or shipped, and those
 * handed over that day (ticked), grouped by desa then producer, within the
 * coordinator's territory. Canceled orders and lines taken off an order are left out.
 */
export async function pickupList(container: MedusaContainer, actorId: string, day: string): Promise<PickupList> {
  const scope = await producersInScope(container, actorId)
  if (scope && !scope.length) return { date: day, desa: [], parts: 0 }
  const start = new Date(`${day}T00:00:00+07:00`)
  const end = new Date(start.getTime() + DAY_MS)
  const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
  const within = scope ? { producer_id: scope } : {}
  const [waiting, collected] = await Promise.all([
    producers.listProducerOrders({ ...within, status: "packed", packed_at: { $lt: end } }, { order: { packed_at: "ASC" } }),
    producers.listProducerOrders({ ...within, status: "handed_over", handed_over_at: { $gte: start, $lt: end } }, { order: { handed_over_at: "ASC" } }),
  ])
  const parts = [...waiting, ...collected]
  if (!parts.length) return { date: day, desa: [], parts: 0 }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: orders }, { data: makers }] = await Promise.all([
    // items.*: Medusa fills an order line's quantity (kept in its detail record) only for a full select.
    query.graph({ entity: "order", fields: ["id", "display_id", "status", "items.*"], filters: { id: [...new Set(parts.map((part) => part.order_id))] } }),
    query.graph({
      entity: "producer",
      fields: ["id", "business_name", "whatsapp", "desa.name", "desa.kecamatan.name"],
      filters: { id: [...new Set(parts.map((part) => part.producer_id))] },
    }),
  ])
  const orderById = new Map(orders.map((order) => [order.id, order]))
  const makerById = new Map(makers.map((maker) => [maker.id, maker]))
  const byDesa = new Map<string, PickupDesa>()
  for (const part of parts) {
    const order = orderById.get(part.order_id)
    if (!order || order.status === "canceled") continue
    const own = new Set(part.item_ids)
    const items = (order.items ?? []).flatMap((item) =>
      item && own.has(item.id) && Number(item.quantity) > 0
        ? [{ title: item.title, variant_title: item.variant_title ?? null, quantity: Number(item.quantity) }]
        : []
    )
    if (!items.length) continue
    const maker = makerById.get(part.producer_id)
    const desaName = maker?.desa?.name ?? "Desa belum diisi"
    const desa: PickupDesa = byDesa.get(desaName) ?? { desa: desaName, kecamatan: maker?.desa?.kecamatan?.name ?? null, producers: [] }
    let producer = desa.producers.find((row) => row.producer_id === part.producer_id)
    if (!producer) {
      producer = { producer_id: part.producer_id, business_name: maker?.business_name ?? part.producer_id, whatsapp: maker?.whatsapp ?? null, parts: [] }
      desa.producers.push(producer)
    }
    producer.parts.push({
      producer_order_id: part.id,
      order_id: part.order_id,
      order_display_id: Number(order.display_id),
      collected: part.status === "handed_over",
      items,
    })
    byDesa.set(desaName, desa)
  }
  const desa = [...byDesa.values()].sort((a, b) => a.desa.localeCompare(b.desa, "id"))
  for (const group of desa) group.producers.sort((a, b) => a.business_name.localeCompare(b.business_name, "id"))
  return { date: day, desa, parts: desa.reduce((sum, group) => sum + group.producers.reduce((count, producer) => count + producer.parts.length, 0), 0) }
}
