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

  async function createCart(lines: Array<{ variant_id: string; quantity: number }>) {
    const { data } = await api.post("/store/carts", { region_id: regionId, email: "pembeli@uji.test" }, store)
    for (const line of lines) {
      const added = await call(api.post(`/store/carts/${data.cart.id}/line-items`, line, store))
      if (added.status !== 200) throw new Error(`line-items: ${added.status} ${JSON.stringify(added.data)}`)
    }
    return data.cart.id as string
  }

  const addLine = (cartId: string, line: { variant_id: string; quantity: number }) => call(api.post(`/store/carts/${cartId}/line-items`, line, store))

  /** The address and the first shipping option, as the storefront sets them before payment. */
  async function prepare(cartId: string) {
    await api.post(`/store/carts/${cartId}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, store)
    const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
    await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store)
  }

  /** A payment session with the provider; the session as the store API answers it (its `data` is the provider's). */
  async function startPayment(cartId: string, providerId: string) {
    const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
    const { data } = await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: providerId }, store)
    return data.payment_collection.payment_sessions.find((session: { provider_id: string }) => session.provider_id === providerId) as { id: string; amount: number; data: any }
  }

  const submit = (cartId: string) => call(api.post(`/store/carts/${cartId}/complete`, {}, store))

  async function complete(cartId: string) {
    await prepare(cartId)
    await startPayment(cartId, "pp_system_default")
    return submit(cartId)
  }

  /** A whole checkout that must succeed; the order as the completion answers it. */
  async function placeOrder(lines: Array<{ variant_id: string; quantity: number }>) {
    const completed = await complete(await createCart(lines))
    if (completed.data.type !== "order") throw new Error(`not completed: ${completed.status} ${JSON.stringify(completed.data)}`)
    return completed.data.order as { id: string; display_id: number; items: Array<{ id: string; variant_id: string }> }
  }

  return { createCart, addLine, prepare, startPayment, submit, complete, placeOrder }
}
