import type { APIContext } from "astro"
import { currentCustomer, sessionToken } from "./account.server"
import { rememberAddress, savedAddress } from "./saved-addresses.server"
import { CART_COUNT_COOKIE, cartIdFrom } from "./cart.server"
import { parseAddressForm, parseDeliveryForm, type DeliveryForm } from "./checkout"
import { completeCart, orderPlacedFrom, placeOrder, saveAddress, type PlacedOrder } from "./checkout.server"
import { dropAddressDraft, keepAddressDraft } from "./checkout-draft"
import { problemCode } from "./problem-code"
import { secureCookies } from "./http/request-origin.server"
import { askOrderKey, orderPagePath } from "./order-access.server"

const CARD_COOKIE = "pd_card_secret"

function steps(context: APIContext) {
  const prefix = context.currentLocale === "en" ? "/en" : ""
  const go = (path: string) => context.redirect(`${prefix}${path}`, 303)
  // Only codes travel in the address (i18n/problems.ts): the fields a step refused, or what the backend refused.
  const problem = (path: string, code: string, keep?: URLSearchParams) =>
    go(`${path}?${new URLSearchParams({ galat: code, ...Object.fromEntries(keep ?? []) })}`)
  return { go, problem }
}

const formOf = (context: APIContext) => context.request.formData().catch(() => new FormData())

/**
 * The placed order's page, with the key of its link: the cart it was made from
 * proves to the backend that this browser is its buyer's. The cart is
 * forgotten only once the key is in hand.
 */
async function ordered(context: APIContext, orderId: string, cartId: string) {
  let key: string | null
  try {
    key = await askOrderKey(orderId, { cartId })
  } catch (error) {
    return steps(context).problem("/checkout/pengiriman", problemCode(error))
  }
  // Not answered as this cart's order (yet): the next tap on "place order" finds the order and lands on it.
  if (!key) return steps(context).problem("/checkout/pengiriman", "busy")
  context.cookies.delete("pd_cart", { path: "/" })
  context.cookies.delete(CART_COUNT_COOKIE, { path: "/" })
  context.cookies.delete(CARD_COOKIE, { path: "/" })
  return steps(context).go(orderPagePath(orderId, key))
}

/** POST /checkout/alamat: contact and address on the cart, then the delivery step, which can price for that address. */
export async function submitAddress(context: APIContext) {
  const { go, problem } = steps(context)
  const cartId = cartIdFrom(context.cookies)
  if (!cartId) return go("/keranjang")
  const form = await formOf(context)
  const parsed = parseAddressForm(form)
  if (!parsed.ok) {
    keepAddressDraft(context.cookies, form, secureCookies(context))
    return problem("/checkout", `fields:${parsed.invalid.join(",")}`)
  }
  const token = sessionToken(context.cookies)
  try {
    await saveAddress(cartId, parsed.data, token)
  } catch (error) {
    keepAddressDraft(context.cookies, form, secureCookies(context))
    return problem("/checkout", problemCode(error))
  }
  dropAddressDraft(context.cookies)
  // A signed-in buyer finds it on their account next time; the checkout goes on without it if that fails.
  if (token) await rememberAddress(token, parsed.data).catch((error) => console.error("checkout: the address could not be saved to the account", error))
  return go("/checkout/pengiriman")
}

/** POST /checkout/alamat-tersimpan: one of the signed-in buyer's saved addresses on the cart, then the delivery step. */
export async function submitSavedAddress(context: APIContext) {
  const { go, problem } = steps(context)
  const cartId = cartIdFrom(context.cookies)
  const token = sessionToken(context.cookies)
  if (!cartId) return go("/keranjang")
  const form = await formOf(context)
  const [saved, customer] = token ? await Promise.all([savedAddress(token, String(form.get("address_id") ?? "")), currentCustomer(token)]) : [null, null]
  if (!token || !saved || !customer) return problem("/checkout", "refused")
  try {
    await saveAddress(cartId, { ...saved.form, email: customer.email }, token)
  } catch (error) {
    return problem("/checkout", problemCode(error))
  }
  await rememberAddress(token, { ...saved.form, email: customer.email }).catch(() => undefined)
  return go("/checkout/pengiriman")
}

type Outcome = PlacedOrder | { type: "refused"; code: ReturnType<typeof problemCode> }

/** Orders being placed by this server, by cart: a second tap on "place order" waits for the first instead of racing it. */
const placing = new Map<string, Promise<Outcome>>()

async function placeOnce(cartId: string, delivery: DeliveryForm): Promise<Outcome> {
  // The cart may already be the order (a tap that reached another server, or came after the first ended).
  const placedBefore = await orderPlacedFrom(cartId)
  if (placedBefore) return { type: "order", orderId: placedBefore }
  try {
    return await placeOrder(cartId, delivery)
  } catch (error) {
    // Another request may have completed the cart while this one failed on it (or waited on its lock).
    const placedMeanwhile = await orderPlacedFrom(cartId, { waitForBusy: problemCode(error) === "busy" })
    return placedMeanwhile ? { type: "order", orderId: placedMeanwhile } : { type: "refused", code: problemCode(error) }
  }
}

/** POST /checkout/pesan: the chosen delivery and payment; transfer and cash on delivery place the order at once, a card goes to the card step. */
export async function submitOrder(context: APIContext) {
  const { go, problem } = steps(context)
  const cartId = cartIdFrom(context.cookies)
  if (!cartId) return go("/keranjang")
  const form = await formOf(context)
  const parsed = parseDeliveryForm(form)
  // Back on the delivery step the buyer's own choices stay chosen: never a silent switch to the first option.
  const chosen = new URLSearchParams({ pilih: String(form.get("shipping_option_id") ?? ""), bayar: String(form.get("payment_method") ?? "") })
  if (!parsed.ok) return problem("/checkout/pengiriman", `fields:${parsed.invalid.join(",")}`, chosen)
  let outcome = placing.get(cartId)
  if (!outcome) {
    outcome = placeOnce(cartId, parsed.data).finally(() => placing.delete(cartId))
    placing.set(cartId, outcome)
  }
  const placed = await outcome
  if (placed.type === "order") return ordered(context, placed.orderId, cartId)
  if (placed.type === "refused") return problem("/checkout/pengiriman", placed.code, chosen)
  context.cookies.set(CARD_COOKIE, placed.clientSecret, { path: "/", httpOnly: true, sameSite: "strict", secure: secureCookies(context), maxAge: 60 * 60 })
  return go("/checkout/kartu")
}

/** POST /checkout/selesai: after Stripe confirmed the card in the browser, the cart becomes the order. */
export async function submitCardPaid(context: APIContext) {
  const { go, problem } = steps(context)
  const cartId = cartIdFrom(context.cookies)
  if (!cartId) return go("/keranjang")
  try {
    return await ordered(context, await completeCart(cartId), cartId)
  } catch (error) {
    return problem("/checkout/kartu", problemCode(error))
  }
}

export function cardClientSecret(context: Pick<APIContext, "cookies">) {
  return context.cookies.get(CARD_COOKIE)?.value ?? null
}
