import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import type { ConfirmedMethod } from "../../modules/settlement/models/payment-confirmation"
import { orderMoney, type OrderMoney } from "./order-money"

export type OfflinePayment = {
  id: string
  method: ConfirmedMethod
  amount: number
  reference: string | null
  captured: boolean
  canceled: boolean
}

export type OrderMoneyView = {
  order: { id: string; display_id: number; email: string | null; total: number; status: string; created_at: string }
  /** The order's transfer or cash payment; null when it was paid another way (card, Midtrans) or not at all. */
  payment: OfflinePayment | null
  money: OrderMoney | null
  confirmations: ConfirmationView[]
  /** Photos of transfer receipts the buyer attached, oldest first. */
  receipts: Array<{ id: string; created_at: string | Date }>
}

export type ConfirmationView = {
  id: string
  method: ConfirmedMethod
  amount: number
  received_on: string
  collected_by: string | null
  note: string | null
  confirmed_by: string
  created_at: string | Date
}

export const CONFIRMATION_FIELDS = ["id", "method", "amount", "received_on", "collected_by", "note", "confirmed_by", "created_at"] as const

const offlineMethodOf = (data: Record<string, unknown> | null | undefined): ConfirmedMethod | null =>
  data?.method === "bank_transfer" || data?.method === "cash_on_delivery" ? data.method : null

type OrderRow = {
  id: string
  display_id: number | string
  email?: string | null
  status: string
  created_at: string | Date
  total: unknown
  payment_collections?: Array<{ payments?: Array<PaymentRow | null> | null } | null> | null
}
type PaymentRow = { id: string; amount: unknown; data?: Record<string, unknown> | null; captured_at?: unknown; canceled_at?: unknown }

/** The order's transfer or cash payment: a live one before a cancelled one (an order keeps one of each at most). */
function offlinePaymentOf(order: OrderRow): OfflinePayment | null {
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).flatMap((payment) => (payment ? [payment] : []))
  const found = payments.filter((payment) => offlineMethodOf(payment.data)).sort((a, b) => Number(Boolean(a.canceled_at)) - Number(Boolean(b.canceled_at)))[0]
  return found
    ? {
        id: found.id,
        method: offlineMethodOf(found.data)!,
        amount: Number(found.amount),
        reference: typeof found.data?.reference === "string" ? found.data.reference : null,
        captured: Boolean(found.captured_at),
        canceled: Boolean(found.canceled_at),
      }
    : null
}

/** Groups rows by their order, keeping their order within each. */
function byOrder<T extends { order_id: string }>(rows: T[]) {
  const groups = new Map<string, T[]>()
  for (const row of rows) groups.set(row.order_id, [...(groups.get(row.order_id) ?? []), row])
  return groups
}

/**
 * Orders' transfer or cash payments, what coordinators recorded as received
 * for them (oldest first) and where that leaves each: three reads however many
 * orders a page lists. Unknown orders are left out; the rest keep the given order.
 */
export async function readOrdersMoney(container: MedusaContainer, orderIds: string[]): Promise<OrderMoneyView[]> {
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const [{ data }, confirmationRows, receiptRows] = await Promise.all([
    query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "status",
        "created_at",
        "total",
        "payment_collections.payments.id",
        "payment_collections.payments.amount",
        "payment_collections.payments.data",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: orderIds },
    }),
    settlement.listPaymentConfirmations({ order_id: orderIds }, { select: [...CONFIRMATION_FIELDS, "order_id"], order: { created_at: "ASC" } }),
    settlement.listTransferReceipts({ order_id: orderIds }, { select: ["id", "order_id", "created_at"], order: { created_at: "ASC" } }),
  ])
  const confirmationsByOrder = byOrder(confirmationRows as unknown as Array<ConfirmationView & { order_id: string }>)
  const receiptsByOrder = byOrder(receiptRows)
  const orders = new Map((data as unknown as OrderRow[]).map((order) => [order.id, order]))
  return orderIds.flatMap((orderId) => {
    const order = orders.get(orderId)
    if (!order) return []
    const payment = offlinePaymentOf(order)
    const confirmations = payment ? (confirmationsByOrder.get(orderId) ?? []).map(({ order_id: _, ...confirmation }) => confirmation) : []
    const receipts = payment?.method === "bank_transfer" ? (receiptsByOrder.get(orderId) ?? []).map(({ id, created_at }) => ({ id, created_at })) : []
    const received = confirmations.reduce((sum, confirmation) => sum + Number(confirmation.amount), 0)
    const canceled = order.status === "canceled" || Boolean(payment?.canceled)
    return [
      {
        order: {
          id: order.id,
          display_id: Number(order.display_id),
          email: order.email ?? null,
          total: Number(order.total),
          status: order.status,
          created_at: new Date(order.created_at).toISOString(),
        },
        payment,
        money: payment ? orderMoney({ due: payment.amount, received, captured: payment.captured, canceled }) : null,
        confirmations,
        receipts,
      },
    ]
  })
}

/** One order's money (readOrdersMoney); undefined for an unknown order. */
export async function readOrderMoney(container: MedusaContainer, orderId: string): Promise<OrderMoneyView | undefined> {
  return (await readOrdersMoney(container, [orderId]))[0]
}
