import { medusa } from "./medusa"
import type { CheckoutForm } from "./checkout"

export type ShippingChoice = { id: string; name: string; amount: number }

export async function listShippingChoices(cartId: string): Promise<ShippingChoice[]> {
  const { shipping_options } = await medusa.store.fulfillment.listCartOptions({ cart_id: cartId })
  return shipping_options.map((option) => ({ id: option.id, name: option.name, amount: Number(option.amount ?? 0) }))
}

/**
 * Places the order: address and contact on the cart, the chosen shipping
 * option, a manual payment (paid on pickup or by transfer, confirmed by a
 * coordinator), then completion. A signed-in buyer's cart is theirs first, so
 * the order shows in their account.
 */
export async function placeOrder(cartId: string, form: CheckoutForm, customerToken?: string) {
  if (customerToken) {
    await medusa.client.fetch(`/store/carts/${cartId}/customer`, { method: "POST", headers: { authorization: `Bearer ${customerToken}` } })
  }
  const address = {
    first_name: form.first_name,
    last_name: form.last_name,
    phone: form.phone,
    address_1: form.address_1,
    address_2: `Desa ${form.desa}, Kecamatan ${form.kecamatan}`,
    city: form.kabupaten,
    province: form.provinsi,
    postal_code: form.postal_code,
    country_code: "id",
    metadata: { desa: form.desa, kecamatan: form.kecamatan },
  }
  await medusa.store.cart.update(cartId, { email: form.email, shipping_address: address, billing_address: address })
  await medusa.store.cart.addShippingMethod(cartId, { option_id: form.shipping_option_id })
  const { payment_collection } = await medusa.client.fetch<{ payment_collection: { id: string } }>("/store/payment-collections", { method: "POST", body: { cart_id: cartId } })
  await medusa.client.fetch(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { method: "POST", body: { provider_id: "pp_system_default" } })
  const result = await medusa.store.cart.complete(cartId)
  if (result.type !== "order") {
    throw new Error(result.error?.message ?? "order not placed")
  }
  return result.order.id
}

export type OrderView = { id: string; display_id: number; email: string; total: number; shipping_total: number; items: Array<{ title: string; variant_title: string | null; quantity: number; total: number }>; shipping_methods: Array<{ name: string }> }

export async function getOrder(id: string): Promise<OrderView | null> {
  return medusa.client
    .fetch<{ order: OrderView }>(`/store/orders/${encodeURIComponent(id)}`, { query: { fields: "id,display_id,email,total,shipping_total,items.title,items.variant_title,items.quantity,items.total,shipping_methods.name" } })
    .then((body) => body.order)
    .catch(() => null)
}
