import type { Cancellation } from "./cancellation"
import type { Preorder } from "./cart.server"
import { medusa } from "./medusa"
import { cartAddress, PAYMENT_METHODS, type AddressForm, type DeliveryForm, type PaymentMethod } from "./checkout"

export type DeliveryChoice = {
  id: string
  name: string
  description: string | null
  kind: string | null
  amount: number | null
  available: boolean
  reason: string | null
}

/** The delivery options for the cart's address and parcel, each priced or with the reason it cannot be used. */
export async function listDeliveryChoices(cartId: string): Promise<DeliveryChoice[]> {
  const { delivery_options } = await medusa.client.fetch<{ delivery_options: DeliveryChoice[] }>(`/store/carts/${encodeURIComponent(cartId)}/delivery-options`)
  return delivery_options
}

/** The payment methods the region offers, in the order the checkout lists them. */
export async function listPaymentMethods(regionId: string): Promise<PaymentMethod[]> {
  const { payment_providers } = await medusa.client.fetch<{ payment_providers: Array<{ id: string }> }>("/store/payment-providers", {
    query: { region_id: regionId },
  })
  const offered = new Set(payment_providers.map((provider) => provider.id))
  return (Object.keys(PAYMENT_METHODS) as PaymentMethod[]).filter((method) => offered.has(PAYMENT_METHODS[method]))
}

export type CheckoutCart = { id: string; region_id: string; email: string | null; address: (AddressForm & { kecamatan: string }) | null; subtotal: number }

/** An address as Medusa keeps it (a cart's, an order's, or one saved on the buyer's account): cartAddress() wrote it. */
export type MedusaAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  metadata?: Record<string, unknown> | null
}

/** The checkout form's fields of an address cartAddress() wrote (desa and kecamatan live in its metadata). */
export function formOfAddress(address: MedusaAddress): Omit<AddressForm, "email"> {
  const text = (value: unknown) => (typeof value === "string" ? value : "")
  return {
    first_name: text(address.first_name),
    last_name: text(address.last_name),
    phone: text(address.phone),
    address_1: text(address.address_1),
    desa: text(address.metadata?.desa),
    kecamatan: text(address.metadata?.kecamatan),
    kabupaten: text(address.city),
    provinsi: text(address.province),
    postal_code: text(address.postal_code),
  }
}

/** What the buyer already told this cart: contact and address, to prefill the form and to show on the delivery step. */
export async function readCheckoutCart(cartId: string): Promise<CheckoutCart | null> {
  const found = await medusa.store.cart.retrieve(cartId, { fields: "id,region_id,email,subtotal,completed_at,shipping_address.*" }).catch(() => null)
  if (!found || found.cart.completed_at) return null
  const { cart } = found
  const shipping = cart.shipping_address as MedusaAddress | null | undefined
  const address = shipping?.address_1 ? { email: cart.email ?? "", ...formOfAddress(shipping) } : null
  return { id: cart.id, region_id: cart.region_id!, email: cart.email ?? null, address, subtotal: Number(cart.subtotal ?? 0) }
}

/** Contact and address on the cart; a signed-in buyer's cart becomes theirs first, so the order shows in their account. */
export async function saveAddress(cartId: string, form: AddressForm, customerToken?: string) {
  if (customerToken) {
    await medusa.client.fetch(`/store/carts/${cartId}/customer`, { method: "POST", headers: { authorization: `Bearer ${customerToken}` } })
  }
  const address = cartAddress(form)
  await medusa.store.cart.update(cartId, { email: form.email, shipping_address: address, billing_address: address })
}

export type PlacedOrder = { type: "order"; orderId: string } | { type: "card"; clientSecret: string }

/**
 * The chosen delivery and payment on the cart, then: transfer and cash on
 * delivery complete at once (the money follows); a card first goes through
 * Stripe's Payment Element with the session's client secret.
 */
export async function placeOrder(cartId: string, delivery: DeliveryForm): Promise<PlacedOrder> {
  await medusa.store.cart.addShippingMethod(cartId, { option_id: delivery.shipping_option_id })
  const { payment_collection } = await medusa.client.fetch<{ payment_collection: { id: string } }>("/store/payment-collections", {
    method: "POST",
    body: { cart_id: cartId },
  })
  const { payment_collection: withSession } = await medusa.client.fetch<{
    payment_collection: { payment_sessions?: Array<{ provider_id: string; data: Record<string, unknown> }> }
  }>(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    method: "POST",
    body: { provider_id: PAYMENT_METHODS[delivery.payment_method] },
  })
  if (delivery.payment_method === "card") {
    const session = withSession.payment_sessions?.find((candidate) => candidate.provider_id === PAYMENT_METHODS.card)
    return { type: "card", clientSecret: String(session?.data?.client_secret ?? "") }
  }
  return { type: "order", orderId: await completeCart(cartId) }
}

/**
 * The order a cart already became, or null: completing a completed cart
 * answers with its order (Medusa's completion is idempotent per cart). With
 * `waitForBusy`, a cart another request is completing right now is asked
 * again for a few seconds.
 */
export async function orderPlacedFrom(cartId: string, { waitForBusy = false } = {}): Promise<string | null> {
  for (let attempt = 0; attempt < (waitForBusy ? 10 : 1); attempt++) {
    if (attempt) await new Promise((resolve) => setTimeout(resolve, 500))
    const found = await medusa.store.cart.retrieve(cartId, { fields: "id,completed_at" }).catch(() => null)
    if (found?.cart.completed_at) return completeCart(cartId).catch(() => null)
  }
  return null
}

export async function completeCart(cartId: string) {
  const result = await medusa.store.cart.complete(cartId)
  if (result.type !== "order") {
    throw new Error(result.error?.message ?? "order not placed")
  }
  return result.order.id
}

export type PaymentInstructions = {
  method: "bank_transfer" | "cash_on_delivery" | "midtrans" | null
  provider_id: string
  paid: boolean
  canceled?: boolean
  /** Midtrans: Snap's page, where the buyer picks QRIS, a virtual account or an e-wallet, until paid. */
  pay_url?: string
  amount?: number
  /** Bank transfer: what the centre has received so far, and what is still to come (a buyer who paid short). */
  received?: number
  outstanding?: number
  reference?: string
  account?: { bank: string; number: string; holder: string }
  hours_to_pay?: number
  pay_before?: string
  /** Cash on delivery: paid at the centre on pickup, or to the local courier at the door. */
  collect_at?: "pickup" | "courier"
}

export type OrderView = {
  id: string
  display_id: number
  email: string
  created_at: string
  total: number
  shipping_total: number
  /** `metadata` holds a pre-ordered line's harvest day and how many wait for it (the backend's preorder-lines.ts). */
  items: Array<{
    title: string
    variant_title: string | null
    product_id?: string | null
    product_title?: string | null
    quantity: number
    total: number
    metadata?: Record<string, unknown> | null
  }>
  shipping_methods: Array<{ name: string }>
  payment: PaymentInstructions | null
  progress: OrderProgress | null
}

/** Steps after which a buyer can no longer cancel: goods made ready go through the centre. */
const UNDER_WAY: ProgressStep[] = ["paid", "packed", "handed_over", "shipped", "delivered", "canceled"]

/** Whether the buyer may still cancel the order from its page (the backend checks again). */
export const mayCancel = (order: OrderView) =>
  Boolean(
    order.progress &&
    !order.progress.canceled_at &&
    !order.payment?.paid &&
    order.progress.parts.every((part) => part.steps.every((reached) => !UNDER_WAY.includes(reached.step)))
  )

/** A placed order's line that waits for a harvest, as the order keeps it; null for goods from the shelf. */
export function preorderOfItem(item: OrderView["items"][number]): Preorder | null {
  const expectedOn = item.metadata?.harvest_expected_on
  const fromHarvest = Number(item.metadata?.from_harvest)
  return typeof expectedOn === "string" && fromHarvest > 0 ? { expectedOn, fromHarvest } : null
}

export type ProgressStep = "placed" | "paid" | "accepted" | "packed" | "handed_over" | "shipped" | "delivered" | "canceled"

/** Where the order has got per producer (GET /store/orders/:id/progress). */
export type OrderProgress = {
  delivery: "pickup" | "courier" | "expedition" | null
  paid_at: string | null
  canceled_at: string | null
  /** Who canceled the order, and the buyer's reason when it was them. */
  cancellation: Cancellation | null
  parts: Array<{
    producer: { id: string; name: string }
    items: Array<{ title: string; quantity: number }>
    tracking_note: string | null
    steps: Array<{ step: ProgressStep; at: string }>
  }>
}

/** The order for its page; `key` is its link's key, without which the backend shows an order to no one but its signed-in buyer. */
export async function getOrder(id: string, key: string): Promise<OrderView | null> {
  const path = `/store/orders/${encodeURIComponent(id)}`
  const headers = { "x-order-key": key }
  const fields =
    "id,display_id,email,created_at,total,shipping_total,items.title,items.variant_title,items.product_id,items.product_title,items.quantity,items.total,items.metadata,shipping_methods.name"
  const [order, payment, progress] = await Promise.all([
    medusa.client
      .fetch<{ order: Omit<OrderView, "payment"> }>(path, { query: { fields }, headers })
      .then((body) => body.order)
      .catch(() => null),
    medusa.client
      .fetch<{ payment: PaymentInstructions | null }>(`${path}/payment-instructions`, { headers })
      .then((body) => body.payment)
      .catch(() => null),
    medusa.client
      .fetch<{ progress: OrderProgress }>(`${path}/progress`, { headers })
      .then((body) => body.progress)
      .catch(() => null),
  ])
  return order && { ...order, payment, progress }
}
