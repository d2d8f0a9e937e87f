import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STRIPE_PROVIDER_ID } from "../../src/lib/payment-config"
import { storeCheckout } from "../store-checkout"
import type { FakeStripe } from "./fake-stripe"

type Response = { status: number; data: any }
type Api = { get: (url: string, config?: unknown) => Promise<Response>; post: (url: string, body: unknown, config?: unknown) => Promise<Response> }
type Headers = { headers: Record<string, string> }

/** Keys the backend and the fake share in tests; none of them is a real Stripe key. */
export const FAKE_STRIPE_KEYS = { secretKey: "sk_test_fake_pasar_desa", publishableKey: "pk_test_fake_pasar_desa", webhookSecret: "whsec_fake_pasar_desa" }

export { STRIPE_PROVIDER_ID } from "../../src/lib/payment-config"

/** The backend's environment for card payments against the fake, with webhooks handled 50 ms after they arrive. */
export function fakeStripeEnv(fake: FakeStripe) {
  return {
    STRIPE_API_KEY: FAKE_STRIPE_KEYS.secretKey,
    STRIPE_WEBHOOK_SECRET: FAKE_STRIPE_KEYS.webhookSecret,
    STRIPE_API_BASE: fake.url,
    PAYMENT_WEBHOOK_DELAY_MS: "50",
  }
}

/** Offers Stripe in the region next to transfer and cash on delivery. */
export async function enableCardPayments(api: Api, admin: Headers, regionId: string) {
  await api.post(`/admin/regions/${regionId}`, { payment_providers: ["pp_bank-transfer_okoce", "pp_cod_okoce", STRIPE_PROVIDER_ID] }, admin)
}

/** Polls until `check` answers something truthy; webhooks are handled after a delay, on the event bus. */
export async function eventually<T>(check: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Lets the event bus run whatever a webhook started: several times the 50 ms webhook delay. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500))

export type StockedVariant = { variantId: string; inventoryItemId: string }

/** A buyable variant whose stock is counted, with at least `minimum` units free over all locations. */
export async function pickStockedVariant(api: Api, store: Headers, container: MedusaContainer, minimum = 5): Promise<StockedVariant> {
  const { data } = await api.get("/store/products?limit=200&fields=id,variants.id", store)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  for (const product of data.products) {
    const { data: rows } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "inventory_items.inventory_item_id"],
      filters: { id: product.variants[0].id },
    })
    const variant = rows[0]
    if (!variant?.manage_inventory || !variant.inventory_items?.length) continue
    const picked = { variantId: variant.id, inventoryItemId: variant.inventory_items[0]!.inventory_item_id }
    const { stocked, reserved } = await stockOf(container, picked.inventoryItemId)
    if (stocked - reserved >= minimum) return picked
  }
  throw new Error(`no buyable variant with ${minimum} units in stock`)
}

/** Stocked and reserved units of an inventory item over all its locations. */
export async function stockOf(container: MedusaContainer, inventoryItemId: string) {
  const levels = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: inventoryItemId })
  return levels.reduce((sum, level) => ({ stocked: sum.stocked + Number(level.stocked_quantity), reserved: sum.reserved + Number(level.reserved_quantity) }), {
    stocked: 0,
    reserved: 0,
  })
}

/** Reservations held for the lines of a cart (a cart's line item ids become the order's). */
export async function reservationsOfLines(container: MedusaContainer, lineItemIds: string[]) {
  return container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lineItemIds })
}

/** The order a cart became, with its status and payments, or undefined. */
export async function orderOfCart(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  const orderId = links[0]?.order_id
  if (!orderId) return undefined
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "currency_code",
      "items.id",
      "payment_collections.payments.id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.id",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  return data[0] as unknown as {
    id: string
    status: string
    currency_code: string
    items: Array<{ id: string }>
    payment_collections: Array<{
      payments: Array<{
        id: string
        data: { id: string }
        captured_at: string | null
        canceled_at: string | null
        captures: Array<{ id: string }>
        refunds?: Array<{ amount: number }>
      }>
    }>
  }
}

/**
 * A buyer's card checkout step by step: a cart of the variant with its Stripe
 * session (the PaymentIntent at the fake), Stripe.js's confirmation, completion.
 */
export function cardCheckout(api: Api, store: Headers, regionId: string, fake: FakeStripe, variantId: string) {
  const checkout = storeCheckout(api, store, regionId)

  async function cartWithCardSession(quantity = 1) {
    const cartId = await checkout.createCart([{ variant_id: variantId, quantity }])
    await checkout.prepare(cartId)
    const session = await checkout.startPayment(cartId, STRIPE_PROVIDER_ID)
    const { data } = await api.get(`/store/carts/${cartId}?fields=total,currency_code,items.id`, store)
    return { cartId, session, intentId: session.data.id as string, cart: data.cart as { total: number; currency_code: string; items: Array<{ id: string }> } }
  }

  /** An order paid by a card the fake authorised (capture is manual), as the storefront places it. */
  async function placeCardOrder(quantity = 1) {
    const started = await cartWithCardSession(quantity)
    const confirmed = await fake.confirmAsStripeJs(started.session.data, "pm_card_visa")
    if (confirmed.status !== 200) throw new Error(`confirm: ${confirmed.status} ${JSON.stringify(confirmed.body)}`)
    const completed = await checkout.submit(started.cartId)
    if (completed.data.type !== "order") throw new Error(`not completed: ${completed.status} ${JSON.stringify(completed.data)}`)
    return { ...started, orderId: completed.data.order.id as string }
  }

  return { cartWithCardSession, placeCardOrder, submit: checkout.submit }
}
