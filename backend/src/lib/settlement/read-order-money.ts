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

/**
 * An order's transfer or cash payment, what coordinators recorded as received
 * for it (oldest first) and where that leaves it. Undefined for an unknown order.
 */
export async function readOrderMoney(container: MedusaContainer, orderId: string): Promise<OrderMoneyView | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
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
    filters: { id: orderId },
  })
  const order = data[0]
  if (!order) return undefined
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? []).flatMap((payment) => (payment ? [payment] : []))
  // A live payment before a cancelled one: an order keeps one of each at most.
  const found = payments.filter((payment) => offlineMethodOf(payment.data)).sort((a, b) => Number(Boolean(a.canceled_at)) - Number(Boolean(b.canceled_at)))[0]
  const payment: OfflinePayment | null = found
    ? {
        id: found.id,
        method: offlineMethodOf(found.data)!,
        amount: Number(found.amount),
        reference: typeof found.data?.reference === "string" ? found.data.reference : null,
        captured: Boolean(found.captured_at),
        canceled: Boolean(found.canceled_at),
      }
    : null
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const confirmations = payment
    ? ((await settlement.listPaymentConfirmations(
        { order_id: orderId },
        { select: [...CONFIRMATION_FIELDS], order: { created_at: "ASC" } }
      )) as unknown as ConfirmationView[])
    : []
  const receipts =
    payment?.method === "bank_transfer"
      ? await settlement.listTransferReceipts({ order_id: orderId }, { select: ["id", "created_at"], order: { created_at: "ASC" } })
      : []
  const received = confirmations.reduce((sum, confirmation) => sum + Number(confirmation.amount), 0)
  const canceled = order.status === "canceled" || Boolean(payment?.canceled)
  return {
    order: {
      id: order.id,
      display_id: Number(order.display_id),
      email: order.email ?? null,
      total: Number(order.total),
      status: order.status,
      created_at: new Date(order.created_at as string | Date).toISOString(),
    },
    payment,
    money: payment ? orderMoney({ due: payment.amount, received, captured: payment.captured, canceled }) : null,
    confirmations,
    receipts,
  }
}
