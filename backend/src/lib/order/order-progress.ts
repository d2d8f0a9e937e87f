import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { STATUS_TIMESTAMPS } from "../../modules/producer/order-progress"
import { deliveryKindsOf } from "../checkout/delivery-choices"
import { chosenOptionIds } from "../checkout/payment-fit"
import { cancellationOf, type Cancellation } from "./buyer-cancellation"

/** The steps a buyer sees an order (or one producer's part of it) pass, in the order they come. */
export type ProgressStep = "placed" | "paid" | "accepted" | "packed" | "handed_over" | "shipped" | "delivered" | "canceled"
export type StepReached = { step: ProgressStep; at: string }

export type OrderProgress = {
  order_id: string
  display_id: number
  delivery: "pickup" | "courier" | "expedition" | null
  placed_at: string
  paid_at: string | null
  canceled_at: string | null
  /** Who canceled the order and, for the buyer, why; null while it stands. */
  cancellation: Cancellation | null
  /** One per producer whose products the order holds: what they have done, oldest step first. */
  parts: Array<{
    producer: { id: string; name: string }
    items: Array<{ title: string; quantity: number }>
    tracking_note: string | null
    steps: StepReached[]
  }>
}

const iso = (value: unknown) => (value ? new Date(value as string | Date).toISOString() : null)

type OrderRow = {
  id: string
  display_id: number | string
  created_at: string | Date
  canceled_at?: string | Date | null
  metadata?: Record<string, unknown> | null
  items?: Array<{ id: string; title: string; quantity: unknown } | null> | null
  shipping_methods?: Array<{ shipping_option_id: string | null } | null> | null
  fulfillments?: Array<{ id: string; delivered_at?: string | Date | null } | null> | null
  payment_collections?: Array<{ payments?: Array<{ captured_at?: string | Date | null } | null> | null } | null> | null
}

/**
 * Where a buyer's order has got, for its page: placed, paid, then per producer
 * accepted, packed, handed over to the centre or a courier (or shipped with a
 * tracking note), and delivered or picked up once a coordinator marks it so;
 * or cancelled. Only the order's buyer is let through to it (the route's
 * order-readers middleware). Undefined for an unknown order.
 */
export async function readOrderProgress(container: MedusaContainer, orderId: string): Promise<OrderProgress | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "created_at",
      "canceled_at",
      "metadata",
      // The whole line: Medusa fills in an order line's quantity (kept in its detail record) only for a full select.
      "items.*",
      "shipping_methods.shipping_option_id",
      "fulfillments.id",
      "fulfillments.delivered_at",
      "payment_collections.payments.captured_at",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as OrderRow | undefined
  if (!order) return undefined
  const parts = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerOrders({ order_id: orderId }, { order: { created_at: "ASC" } })
  const { data: producers } = parts.length
    ? await query.graph({ entity: "producer", fields: ["id", "business_name"], filters: { id: parts.map((part) => part.producer_id) } })
    : { data: [] }
  const names = new Map(producers.map((producer) => [producer.id, producer.business_name as string]))
  const items = new Map((order.items ?? []).flatMap((item) => (item ? [[item.id, item] as const] : [])))
  const deliveredAt = new Map(
    (order.fulfillments ?? []).flatMap((fulfillment) => (fulfillment ? [[fulfillment.id, iso(fulfillment.delivered_at)] as const] : []))
  )
  const paidAt = iso((order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).find((payment) => payment?.captured_at)?.captured_at)
  const [delivery = null] = await deliveryKindsOf(container, chosenOptionIds(order.shipping_methods))
  const placedAt = iso(order.created_at)!
  const canceledAt = iso(order.canceled_at)
  const common: StepReached[] = [{ step: "placed", at: placedAt }, ...(paidAt ? [{ step: "paid" as const, at: paidAt }] : [])]

  return {
    order_id: order.id,
    display_id: Number(order.display_id),
    delivery: (delivery as OrderProgress["delivery"]) ?? null,
    placed_at: placedAt,
    paid_at: paidAt,
    canceled_at: canceledAt,
    cancellation: canceledAt ? await cancellationOf(container, order) : null,
    parts: parts.map((part) => {
      const reached = (Object.entries(STATUS_TIMESTAMPS) as Array<[ProgressStep, keyof typeof part]>).flatMap(([step, field]) => {
        const at = iso(part[field])
        return at ? [{ step, at }] : []
      })
      const delivered = part.fulfillment_id ? deliveredAt.get(part.fulfillment_id) : null
      const steps = [
        ...common,
        ...reached,
        ...(delivered ? [{ step: "delivered" as const, at: delivered }] : []),
        ...(canceledAt ? [{ step: "canceled" as const, at: canceledAt }] : []),
      ]
      return {
        producer: { id: part.producer_id, name: names.get(part.producer_id) ?? "" },
        items: (part.item_ids as string[]).flatMap((id) => {
          const item = items.get(id)
          return item ? [{ title: item.title, quantity: Number(item.quantity) }] : []
        }),
        tracking_note: part.tracking_note ?? null,
        steps: steps.sort((a, b) => a.at.localeCompare(b.at)),
      }
    }),
  }
}
