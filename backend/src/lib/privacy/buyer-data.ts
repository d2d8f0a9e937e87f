import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import { exactLike, normalisedEmail } from "./subject"
import { PRODUCT_REVIEW_MODULE } from "../../modules/product-review"
import type ProductReviewModuleService from "../../modules/product-review/service"
import { STOCK_ALERT_MODULE } from "../../modules/stock-alert"
import type StockAlertModuleService from "../../modules/stock-alert/service"

const ADDRESS_FIELDS = ["id", "first_name", "last_name", "phone", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code"]

/** The rows a buyer's email reaches: their customer accounts, orders and carts (guest ones included). */
export async function buyerRecords(container: MedusaContainer, email: string) {
  const like = { $ilike: exactLike(email) }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, { data: orders }, { data: carts }] = await Promise.all([
    query.graph({
      entity: "customer",
      fields: [
        "id",
        "email",
        "first_name",
        "last_name",
        "phone",
        "company_name",
        "has_account",
        "created_at",
        ...ADDRESS_FIELDS.map((field) => `addresses.${field}`),
      ],
      filters: { email: like },
    }),
    query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "email",
        "status",
        "created_at",
        "currency_code",
        "total",
        // The whole line: Medusa fills in an order line's quantity (kept in its detail record) only for a full select.
        "items.*",
        "items.total",
        "shipping_methods.name",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.captured_at",
        ...ADDRESS_FIELDS.map((field) => `shipping_address.${field}`),
        ...ADDRESS_FIELDS.map((field) => `billing_address.${field}`),
      ],
      filters: { email: like },
    }),
    query.graph({
      entity: "cart",
      fields: [
        "id",
        "email",
        "created_at",
        "completed_at",
        ...ADDRESS_FIELDS.map((field) => `shipping_address.${field}`),
        ...ADDRESS_FIELDS.map((field) => `billing_address.${field}`),
      ],
      filters: { email: like },
    }),
  ])
  return { customers, orders, carts }
}

/**
 * Everything the shop holds about a buyer, for their request to see it: the
 * customer account and its addresses, every order (lines, amounts, delivery
 * and billing addresses, how it was paid) and cart under their email, the
 * messages sent to them, what coordinators recorded of their payments, and
 * the reviews they wrote and the sold-out products they wait for.
 */
export async function collectBuyerData(container: MedusaContainer, email: string) {
  const { customers, orders, carts } = await buyerRecords(container, email)
  const notifications = await container
    .resolve(Modules.NOTIFICATION)
    // Case-insensitive, as the erasure matches them: a message sent to "Siti@Contoh.id" is hers too.
    .listNotifications({ to: { $ilike: exactLike(email) } }, { select: ["id", "template", "channel", "created_at", "data"], order: { created_at: "ASC" } })
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const orderIds = orders.map((order) => order.id)
  const [confirmations, receipts] = orderIds.length
    ? await Promise.all([
        settlement.listPaymentConfirmations({ order_id: orderIds }, { select: ["order_id", "method", "amount", "received_on", "created_at"] }),
        settlement.listTransferReceipts({ order_id: orderIds }, { select: ["id", "order_id", "created_at"] }),
      ])
    : [[], []]
  const reviews = customers.length
    ? await container
        .resolve<ProductReviewModuleService>(PRODUCT_REVIEW_MODULE)
        .listProductReviews(
          { customer_id: customers.map((customer) => customer.id) },
          { select: ["id", "product_id", "order_id", "reviewer_name", "rating", "body", "status", "created_at"], order: { created_at: "ASC" } }
        )
    : []
  const stockAlerts = await container
    .resolve<StockAlertModuleService>(STOCK_ALERT_MODULE)
    .listStockAlerts({ email: normalisedEmail(email) }, { select: ["id", "product_id", "locale", "created_at"] })
  return {
    subject: { type: "buyer" as const, email: normalisedEmail(email) },
    generated_at: new Date().toISOString(),
    customers,
    orders,
    carts,
    notifications,
    payments_received: confirmations,
    transfer_receipts: receipts,
    reviews,
    stock_alerts: stockAlerts,
  }
}

export type BuyerData = Awaited<ReturnType<typeof collectBuyerData>>
