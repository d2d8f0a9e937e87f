/**
 * Places an order straight through the store API, as the storefront's checkout
 * does (address, pickup at the OK OCE centre, cash on delivery unless another
 * provider is named): for tests whose subject is what happens after the order. Pickup, because it fits
 * every product and address; the store lists its options in no fixed order.
 */
/** How many times a step meets the load shedder's 503 before the order counts as refused. */
const BUSY_ATTEMPTS = 5

export async function placeStoreOrder(
  backendUrl: string,
  publishableKey: string,
  lines: Array<{ variant_id: string; quantity: number }>,
  providerId = "pp_cod_okoce",
  email = "pembeli-panel@contoh.id",
  /** A signed-in buyer's token: the order is then theirs, as when they check out signed in. */
  customerToken?: string
) {
  const call = async (path: string, body?: unknown) => {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(`${backendUrl}${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers: {
          "content-type": "application/json",
          "x-publishable-api-key": publishableKey,
          ...(customerToken ? { authorization: `Bearer ${customerToken}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const data = await response.json()
      // A busy server's 503 says when to come back, and changed nothing: a client does as it says.
      if (response.status === 503 && attempt < BUSY_ATTEMPTS) {
        await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get("retry-after") ?? 1) * 1000))
        continue
      }
      if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(data)}`)
      return data
    }
  }
  const { regions } = await call("/store/regions")
  const { cart } = await call("/store/carts", { region_id: regions[0].id, email })
  for (const line of lines) await call(`/store/carts/${cart.id}/line-items`, line)
  const address = {
    first_name: "Rini",
    last_name: "Astuti",
    phone: "081298765432",
    address_1: "Jalan Ahmad Yani 10",
    city: "Pacitan",
    postal_code: "63511",
    country_code: "id",
  }
  await call(`/store/carts/${cart.id}`, { shipping_address: address, billing_address: address })
  const { delivery_options } = await call(`/store/carts/${cart.id}/delivery-options`)
  const pickup = (delivery_options as Array<{ id: string; kind: string }>).find((choice) => choice.kind === "pickup")
  if (!pickup) throw new Error(`no pickup among ${JSON.stringify(delivery_options)}`)
  await call(`/store/carts/${cart.id}/shipping-methods`, { option_id: pickup.id })
  const { payment_collection } = await call("/store/payment-collections", { cart_id: cart.id })
  await call(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: providerId })
  const completed = await call(`/store/carts/${cart.id}/complete`, {})
  if (completed.type !== "order") throw new Error(`cart not completed: ${JSON.stringify(completed)}`)
  return { ...(completed.order as { id: string; display_id: number }), cart_id: cart.id as string }
}

/** The key of an order's link, as the storefront gets it right after checkout: by the cart the order was made from. */
export async function orderKeyOf(backendUrl: string, publishableKey: string, order: { id: string; cart_id: string }) {
  const response = await fetch(`${backendUrl}/store/orders/${order.id}/access-key`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: JSON.stringify({ cart_id: order.cart_id }),
  })
  if (!response.ok) throw new Error(`access-key: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { key: string }).key
}
