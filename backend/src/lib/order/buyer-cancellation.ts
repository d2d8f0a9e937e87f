import type { INotificationModuleService, FilterableNotificationProps, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { UNPAID_CANCELED_TEMPLATE } from "./unpaid-notice"
import { PREORDER_CANCELED_TEMPLATE } from "../../workflows/harvest/cancel-preorder"

/** Why a buyer cancels, as the order page offers them: a code the storefront words in the buyer's language. */
export const BUYER_CANCEL_REASONS = ["changed_mind", "ordered_wrong", "delivery_too_dear", "cannot_pay", "too_slow", "other"] as const
export type BuyerCancelReason = (typeof BUYER_CANCEL_REASONS)[number]

/** Who or what canceled an order, for its page: the buyer (with their reason), the unpaid-transfer job, a short harvest, a producer who could not fill it, or the OK OCE centre. */
export type Cancellation = { by: "buyer"; reason: BuyerCancelReason } | { by: "unpaid" | "harvest_short" | "producer" | "centre" }

/** Where the buyer's reason is kept: the order's metadata (Medusa's cancellation stores none). */
const REASON_KEY = "buyer_cancel_reason"

export const reasonMetadata = (metadata: Record<string, unknown> | null | undefined, reason: BuyerCancelReason) => ({
  ...(metadata ?? {}),
  [REASON_KEY]: reason,
})

/**
 * Why a canceled order was canceled. The buyer's own reason is on the order; the
 * unpaid-transfer job and a short harvest each sent the buyer their own message,
 * found by its key; a producer's decline of the last lines left is on their
 * part; anything else was a coordinator in the admin.
 */
export async function cancellationOf(container: MedusaContainer, order: { id: string; metadata?: Record<string, unknown> | null }): Promise<Cancellation> {
  const reason = order.metadata?.[REASON_KEY]
  if (typeof reason === "string" && (BUYER_CANCEL_REASONS as readonly string[]).includes(reason)) return { by: "buyer", reason: reason as BuyerCancelReason }
  const notifications = container.resolve<INotificationModuleService | undefined>(Modules.NOTIFICATION, { allowUnregistered: true })
  const told = await notifications?.listNotifications(
    { idempotency_key: [UNPAID_CANCELED_TEMPLATE, PREORDER_CANCELED_TEMPLATE].map((template) => `${template}:${order.id}`) } as FilterableNotificationProps,
    { take: 2 }
  )
  // The module keeps the key but its DTO type does not name it.
  const keys = (told ?? []).map((notice) => (notice as { idempotency_key?: string | null }).idempotency_key)
  if (keys.includes(`${UNPAID_CANCELED_TEMPLATE}:${order.id}`)) return { by: "unpaid" }
  if (told?.length) return { by: "harvest_short" }
  const declined = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerOrders({ order_id: order.id, status: "declined" }, { take: 1 })
  return declined.length ? { by: "producer" } : { by: "centre" }
}

/**
 * Why the buyer may not cancel an order now, in Indonesian and English, or
 * null when they may. A buyer cancels only while nothing is paid and no
 * producer has packed: money received or goods made ready go through the
 * centre, who can refund and tell the producer.
 */
export async function refuseBuyerCancellation(container: MedusaContainer, orderId: string): Promise<{ status: 404 | 409; message: string } | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "canceled_at", "payment_collections.payments.captured_at", "fulfillments.canceled_at"],
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) return { status: 404, message: `Pesanan ${orderId} tidak ditemukan. / No such order.` }
  const number = `Pesanan #${order.display_id}`
  if (order.canceled_at || order.status === "canceled") return { status: 409, message: `${number} sudah dibatalkan. / The order is already canceled.` }
  const paid = (order.payment_collections ?? []).some((collection) => collection?.payments?.some((payment) => payment?.captured_at))
  if (paid) {
    return {
      status: 409,
      message: `${number} sudah dibayar: untuk membatalkan dan menerima uang kembali, hubungi Pusat OK OCE. / The order is paid: ask the OK OCE centre to cancel and refund it.`,
    }
  }
  const parts = await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerOrders({ order_id: orderId })
  const underway = parts.some((part) => part.packed_at || part.handed_over_at || part.shipped_at)
  if (underway || (order.fulfillments ?? []).some((fulfillment) => fulfillment && !fulfillment.canceled_at)) {
    return {
      status: 409,
      message: `${number} sudah dikemas produsen: untuk membatalkannya hubungi Pusat OK OCE. / A producer has already packed the order: ask the OK OCE centre.`,
    }
  }
  return null
}
