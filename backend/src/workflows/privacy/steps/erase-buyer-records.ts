import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readBackendEnv } from "../../../lib/env"
import { buyerRecords } from "../../../lib/privacy/buyer-data"
import { notificationLogFile } from "../../../lib/privacy/notification-log-file"
import { eraseFromNotificationLog } from "../../../lib/privacy/notification-log"
import { ERASED, normalisedEmail } from "../../../lib/privacy/subject"
import { PRODUCT_REVIEW_MODULE } from "../../../modules/product-review"
import type ProductReviewModuleService from "../../../modules/product-review/service"
import { STOCK_ALERT_MODULE } from "../../../modules/stock-alert"
import type StockAlertModuleService from "../../../modules/stock-alert/service"

export type EraseBuyerInput = { email: string; placeholder: string }

type Address = { id: string } | null | undefined
const erasedAddresses = (addresses: Address[]) => addresses.flatMap((address) => (address?.id ? [{ id: address.id, ...ERASED }] : []))

export const eraseBuyerRecordsStepId = "erase-buyer-records"

/**
 * Replaces a buyer's name, email, phone and street with placeholders in their
 * customer account (whose saved addresses go), their login (removed, or only
 * its buyer part when the same email is also a producer's or coordinator's),
 * their carts and orders (amounts, lines and producers untouched for the
 * books), the name on their reviews, their waits for sold-out products, the messages sent to them and the notification log. Not undone:
 * run again, it finds nothing left under the email.
 */
export const eraseBuyerRecordsStep = createStep(eraseBuyerRecordsStepId, async ({ email, placeholder }: EraseBuyerInput, { container }) => {
  const { customers, orders, carts } = await buyerRecords(container, email)
  const customerModule = container.resolve(Modules.CUSTOMER)
  for (const [index, customer] of customers.entries()) {
    // A guest and an account may share the email; each gets its own placeholder (emails are unique per kind).
    await customerModule.updateCustomers(customer.id, {
      email: index ? placeholder.replace("@", `-${index}@`) : placeholder,
      first_name: ERASED.first_name,
      last_name: null,
      phone: null,
      company_name: null,
    })
    for (const address of customer.addresses ?? []) if (address?.id) await customerModule.deleteCustomerAddresses(address.id)
  }
  // Their reviews stay for the product's stars, signed "Pembeli" instead of their name.
  const reviewModule: ProductReviewModuleService = container.resolve(PRODUCT_REVIEW_MODULE)
  const reviews = customers.length ? await reviewModule.listProductReviews({ customer_id: customers.map((customer) => customer.id) }, { select: ["id"] }) : []
  if (reviews.length) await reviewModule.updateProductReviews(reviews.map((review) => ({ id: review.id, reviewer_name: "Pembeli" })))
  // Waiting for a sold-out product: nothing to keep for the books.
  const alertModule: StockAlertModuleService = container.resolve(STOCK_ALERT_MODULE)
  const alerts = await alertModule.listStockAlerts({ email: normalisedEmail(email) }, { select: ["id"] })
  if (alerts.length) await alertModule.deleteStockAlerts(alerts.map((alert) => alert.id))

  const auth = container.resolve(Modules.AUTH)
  const identities = await auth.listProviderIdentities({ entity_id: normalisedEmail(email), provider: "emailpass" }, { select: ["auth_identity_id"] })
  for (const { auth_identity_id } of identities) {
    if (!auth_identity_id) continue
    const [identity] = await auth.listAuthIdentities({ id: [auth_identity_id] }, { select: ["id", "app_metadata"] })
    const { customer_id, ...others } = (identity?.app_metadata ?? {}) as Record<string, unknown>
    if (!identity || !customer_id) continue
    if (Object.keys(others).length) await auth.updateAuthIdentities([{ id: identity.id, app_metadata: others }])
    else await auth.deleteAuthIdentities([identity.id])
  }

  const orderModule = container.resolve(Modules.ORDER)
  for (const order of orders) await orderModule.updateOrders(order.id, { email: placeholder })
  const orderAddresses = erasedAddresses(orders.flatMap((order) => [order.shipping_address, order.billing_address]))
  if (orderAddresses.length) await orderModule.updateOrderAddresses(orderAddresses)

  const cartModule = container.resolve(Modules.CART)
  if (carts.length) await cartModule.updateCarts(carts.map((cart) => ({ id: cart.id, email: placeholder })))
  for (const address of erasedAddresses(carts.flatMap((cart) => [cart.shipping_address, cart.billing_address]))) await cartModule.updateAddresses(address)

  // The notification module has no update of its own: its rows lose the address and what was said.
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const notifications = await pg("notification")
    .whereRaw(`lower("to") = ?`, [normalisedEmail(email)])
    .update({ to: placeholder, data: JSON.stringify({ terhapus: true }) })
  const logLines = eraseFromNotificationLog(notificationLogFile(readBackendEnv(process.env)), email, placeholder)

  return new StepResponse({
    customers: customers.length,
    logins: identities.length,
    orders: orders.length,
    carts: carts.length,
    reviews: reviews.length,
    stock_alerts: alerts.length,
    notifications: Number(notifications),
    notification_log_lines: logLines,
  })
})
