type Response = { status: number; data: any }
type Api = {
  get: (url: string, config?: unknown) => Promise<Response>
  post: (url: string, body: unknown, config?: unknown) => Promise<Response>
}
type Headers = { headers: Record<string, string> }

const ADDRESS = { first_name: "Siti", last_name: "Aminah", phone: "081234567891", address_1: "Jalan Melati 3", city: "Pacitan", postal_code: "63511", country_code: "id" }

/**
 * A buyer's checkout through the store API, step by step as the storefront
 * does it: a cart with lines, the address, the first shipping option, a manual
 * payment session, completion. Failed calls answer with their response instead of throwing.
 */
export function storeCheckout(api: Api, store: Headers, regionId: string) {
  const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)

  /** Buyers checking out at the same moment need emails of their own: Medusa makes each new email a guest customer, and two at once collide. */
  async function createCart(lines: Array<{ variant_id: string; quantity: number }>, email = "pembeli@uji.test") {
    const { data } = await api.post("/store/carts", { region_id: regionId, email }, store)
    for (const line of lines) {
      const added = await call(api.post(`/store/carts/${data.cart.id}/line-items`, line, store))
      if (added.status !== 200) throw new Error(`line-items: ${added.status} ${JSON.stringify(added.data)}`)
    }
    return data.cart.id as string
  }

  const addLine = (cartId: string, line: { variant_id: string; quantity: number }) => call(api.post(`/store/carts/${cartId}/line-items`, line, store))

  /** Everything before completion: the address, the first shipping option, a manual payment session. */
  async function prepare(cartId: string) {
    await api.post(`/store/carts/${cartId}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, store)
    const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
  }

  /** The completion alone, of a prepared cart: what buyers racing for the last units send at once. */
  const completePrepared = (cartId: string) => call(api.post(`/store/carts/${cartId}/complete`, {}, store))

  async function complete(cartId: string) {
    await prepare(cartId)
    return completePrepared(cartId)
  }

  /** A whole checkout that must succeed; the order as the completion answers it. */
  async function placeOrder(lines: Array<{ variant_id: string; quantity: number }>) {
    const completed = await complete(await createCart(lines))
    if (completed.data.type !== "order") throw new Error(`not completed: ${completed.status} ${JSON.stringify(completed.data)}`)
    return completed.data.order as { id: string; display_id: number; items: Array<{ id: string; variant_id: string }> }
  }

  return { createCart, addLine, prepare, completePrepared, complete, placeOrder }
}
