import type { FilterablePaymentProps, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER_PREFIX, type TransferOrder } from "../../modules/payment-offline/unpaid-transfer"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"

export type TransferOrderRow = TransferOrder & {
  id: string
  display_id: number
  email: string | null
  currency_code: string
  total: number
  items: Array<{ title: string; quantity: number }>
}

/** The orders, as the unpaid-transfer rules and the buyer's message need them. */
export async function readTransferOrders(container: MedusaContainer, orderIds: string[]): Promise<TransferOrderRow[]> {
  if (!orderIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "status",
      "created_at",
      "currency_code",
      "total",
      // Medusa fills an order line's quantity (kept in its detail record) only for a full select.
      "items.*",
      "fulfillments.canceled_at",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.data",
    ],
    filters: { id: orderIds },
  })
  const received = await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).receivedFor(orderIds)
  return data.map(({ payment_collections, items, total, display_id, ...order }) => ({
    ...order,
    received: received.get(order.id) ?? 0,
    // The order module's GraphQL schema, and so the generated type, calls display_id a string; the column is an integer.
    display_id: Number(display_id),
    total: Number(total),
    items: (items ?? []).flatMap((item) => (item ? [{ title: item.title, quantity: Number(item.quantity) }] : [])),
    payments: (payment_collections ?? []).flatMap((collection) => (collection?.payments ?? []).flatMap((payment) => (payment ? [payment] : []))),
  }))
}

/**
 * Orders with a bank-transfer payment still open (neither captured nor
 * canceled). Starting from the payments keeps the hourly read to the few
 * orders still waiting for money, however many orders the shop has had.
 */
export async function ordersAwaitingTransfer(container: MedusaContainer): Promise<TransferOrderRow[]> {
  const payments = await container
    .resolve(Modules.PAYMENT)
    .listPayments({ provider_id: { $like: `${BANK_TRANSFER_PROVIDER_PREFIX}%` }, captured_at: null, canceled_at: null } as unknown as FilterablePaymentProps, {
      select: ["id", "payment_collection_id"],
    })
  const collectionIds = [...new Set(payments.map((payment) => payment.payment_collection_id))]
  if (!collectionIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: collectionIds } })
  return readTransferOrders(container, [...new Set(links.map((link) => link.order_id))])
}
