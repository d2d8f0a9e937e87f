type Response = { status: number; data: any }
type Api = {
  get: (url: string, config?: unknown) => Promise<Response>
  post: (url: string, body: unknown, config?: unknown) => Promise<Response>
}
type Headers = { headers: Record<string, string> }

const ADDRESS = {
  first_name: "Siti",
  last_name: "Aminah",
  phone: "081234567891",
  address_1: "Jalan Melati 3",
  city: "Pacitan",
  postal_code: "63511",
  country_code: "id",
}

/**
 * A buyer's checkout through the store API, step by step as the storefront
 * does it: a cart with lines, the address, pickup at the centre, a
 * payment session (cash on delivery, which fits pickup, unless another is named:
 * "pp_bank-transfer_okoce", "pp_stripe_stripe"), completion. A refused step before completion throws, naming the step; a
 * refused line or completion answers with its response.
 */
export function storeCheckout(api: Api, store: Headers, regionId: string, paymentProviderId = "pp_cod_okoce") {
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

  /** A step before completion that must succeed: a refusal names the step and the backend's message. */
  async function must(step: string, promise: Promise<Response>) {
    const response = await call(promise)
    if (response.status !== 200) throw new Error(`${step}: ${response.status} ${JSON.stringify(response.data)}`)
    return response.data
  }

  /** The address and pickup at the centre (free, and every payment, cash on delivery too, fits it), as the storefront sets them before payment. */
  async function prepare(cartId: string) {
    await must("address", api.post(`/store/carts/${cartId}`, { shipping_address: ADDRESS, billing_address: ADDRESS }, store))
    await must("shipping method", api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: await pickupOptionId(cartId) }, store))
  }

  // Pickup is the same option for every cart: asked once, so fifty racing buyers are not fifty price lists.
  let pickup: Promise<string> | undefined
  function pickupOptionId(cartId: string) {
    pickup ??= must("delivery options", api.get(`/store/carts/${cartId}/delivery-options`, store)).then(
      ({ delivery_options }) => (delivery_options as Array<{ id: string; kind: string }>).find((choice) => choice.kind === "pickup")!.id
    )
    return pickup
  }

  /** A payment session with the provider; the session as the store API answers it (its `data` is the provider's). */
  async function startPayment(cartId: string, providerId: string) {
    const { payment_collection } = await must("payment collection", api.post("/store/payment-collections", { cart_id: cartId }, store))
    const data = await must(
      "payment session",
      api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: providerId }, store)
    )
    return data.payment_collection.payment_sessions.find((session: { provider_id: string }) => session.provider_id === providerId) as {
      id: string
      amount: number
      data: any
    }
  }

  const submit = (cartId: string) => call(api.post(`/store/carts/${cartId}/complete`, {}, store))

  /**
   * A cart ready to complete in four requests instead of six: its lines and address given when it is made (Medusa's
   * store API takes both there), then pickup and the payment session. Made so, a cart's lines pass the curation check
   * but not the stock and forecast check of adding a line, which completion repeats under its lock: for suites that
   * need many carts and test what happens at completion, not how a buyer fills a cart.
   */
  async function cartReadyToComplete(lines: Array<{ variant_id: string; quantity: number }>, email = "pembeli@uji.test") {
    const { cart } = await must(
      "cart",
      api.post("/store/carts", { region_id: regionId, email, items: lines, shipping_address: ADDRESS, billing_address: ADDRESS }, store)
    )
    await must("shipping method", api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: await pickupOptionId(cart.id) }, store))
    await startPayment(cart.id, paymentProviderId)
    return cart.id as string
  }

  /** Everything before completion, payment included: a cart that buyers racing for the last units then complete at once. */
  async function readyToComplete(cartId: string) {
    await prepare(cartId)
    await startPayment(cartId, paymentProviderId)
  }

  async function complete(cartId: string) {
    await readyToComplete(cartId)
    return submit(cartId)
  }

  /** A whole checkout that must succeed; the order as the completion answers it. */
  async function placeOrder(lines: Array<{ variant_id: string; quantity: number }>) {
    const completed = await complete(await createCart(lines))
    if (completed.data.type !== "order") throw new Error(`not completed: ${completed.status} ${JSON.stringify(completed.data)}`)
    return completed.data.order as { id: string; display_id: number; items: Array<{ id: string; variant_id: string }> }
  }

  return { createCart, addLine, prepare, startPayment, readyToComplete, cartReadyToComplete, submit, complete, placeOrder }
}
