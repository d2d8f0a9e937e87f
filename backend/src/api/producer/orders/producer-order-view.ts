import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../modules/producer"
import { NEXT_STATUSES, type ProducerOrderStatus } from "../../../modules/producer/order-progress"
import type ProducerModuleService from "../../../modules/producer/service"
import { PAYMENT_STANDING_LABELS, paymentStanding } from "../../../modules/producer/order-payment"
import type { GraphRow } from "../../../lib/query/graph-row"
import { cancellationOf, type Cancellation } from "../../../lib/order/buyer-cancellation"
import { DECLINE_REASON_LABELS, type DeclineReason } from "../../../modules/producer/order-decline"

/** What a producer needs to fulfil their lines: the buyer's delivery details, never the email or the other producers' lines and totals. */
const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "created_at",
  "currency_code",
  // Where the buyer's cancellation reason is kept (lib/order/buyer-cancellation.ts).
  "metadata",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.address_2",
  "shipping_address.city",
  "shipping_address.postal_code",
  "shipping_methods.name",
  "payment_collections.payments.data",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  // The whole line: Medusa keeps an order line's quantity in its detail record and fills it in only for a full select.
  "items.*",
]

type Part = Awaited<ReturnType<ProducerModuleService["retrieveProducerOrder"]>>

function present(part: Part, order: GraphRow<"order"> | undefined, cancellation: Cancellation | null) {
  const own = new Set(part.item_ids)
  const items = (order?.items ?? []).flatMap((item) =>
    item && own.has(item.id)
      ? [
          {
            id: item.id,
            title: item.title,
            variant_title: item.variant_title,
            sku: item.variant_sku,
            quantity: Number(item.quantity),
            unit_price: Number(item.unit_price),
            total: Number(item.unit_price) * Number(item.quantity),
          },
        ]
      : []
  )
  const address = order?.shipping_address
  const canceled = order?.status === "canceled"
  const payment = paymentStanding((order?.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []))
  return {
    id: part.id,
    status: part.status,
    tracking_note: part.tracking_note,
    created_at: part.created_at,
    accepted_at: part.accepted_at,
    packed_at: part.packed_at,
    handed_over_at: part.handed_over_at,
    shipped_at: part.shipped_at,
    /** The producer's own decline: why, in their words, and when. */
    declined: part.declined_at
      ? {
          reason: part.decline_reason,
          label: DECLINE_REASON_LABELS[part.decline_reason as DeclineReason] ?? part.decline_reason,
          note: part.decline_note,
          declined_at: part.declined_at,
        }
      : null,
    // An unpaid transfer has no next step yet: the panel offers no button that would be refused.
    next_statuses: canceled || part.status === "declined" || payment === "awaiting_payment" ? [] : NEXT_STATUSES[part.status as ProducerOrderStatus],
    payment: { status: payment, label: PAYMENT_STANDING_LABELS[payment] },
    order: {
      display_id: order?.display_id ?? null,
      canceled,
      /** Who canceled and, for the buyer, why: the producer knows whether to expect them again. */
      cancellation,
      placed_at: order?.created_at ?? part.created_at,
      currency_code: order?.currency_code ?? "idr",
      shipping_method: order?.shipping_methods?.[0]?.name ?? null,
      deliver_to: address
        ? {
            name: [address.first_name, address.last_name].filter(Boolean).join(" "),
            phone: address.phone,
            address: [address.address_1, address.address_2, address.city, address.postal_code].filter(Boolean).join(", "),
          }
        : null,
    },
    items,
    total: items.reduce((sum, item) => sum + item.total, 0),
  }
}

export type ProducerOrderView = ReturnType<typeof present>

async function presentAll(scope: MedusaContainer, parts: Part[]) {
  if (!parts.length) {
    return []
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: [...new Set(parts.map((part) => part.order_id))] } })
  const orders = new Map(data.map((order) => [order.id, order]))
  const cancellations = new Map(
    await Promise.all(
      data
        .filter((order) => order.status === "canceled")
        .map(async (order) => [order.id, await cancellationOf(scope, { id: order.id, metadata: order.metadata as Record<string, unknown> | null })] as const)
    )
  )
  return parts.map((part) => present(part, orders.get(part.order_id), cancellations.get(part.order_id) ?? null))
}

/** The signed-in producer's parts of orders, newest first. */
export async function listOwnProducerOrders(
  scope: MedusaContainer,
  producerId: string,
  { status, limit, offset }: { status?: ProducerOrderStatus; limit: number; offset: number }
) {
  const producers: ProducerModuleService = scope.resolve(PRODUCER_MODULE)
  const [parts, count] = await producers.listAndCountProducerOrders(
    { producer_id: producerId, ...(status ? { status } : {}) },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  return { orders: await presentAll(scope, parts), count, limit, offset }
}

/** One part of the signed-in producer, or the same 404 as a part that does not exist. */
export async function retrieveOwnProducerOrder(scope: MedusaContainer, producerId: string, id: string) {
  const producers: ProducerModuleService = scope.resolve(PRODUCER_MODULE)
  const [part] = await producers.listProducerOrders({ id, producer_id: producerId }, { take: 1 })
  if (!part) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Pesanan tidak ditemukan / order not found")
  }
  return part
}

export async function presentProducerOrder(scope: MedusaContainer, part: Part) {
  return (await presentAll(scope, [part]))[0]
}
