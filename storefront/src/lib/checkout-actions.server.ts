import type { APIContext } from "astro"
import { sessionToken } from "./account.server"
import { cartIdFrom } from "./cart.server"
import { parseAddressForm, parseDeliveryForm } from "./checkout"
import { completeCart, placeOrder, saveAddress } from "./checkout.server"
import { problemCode } from "./problem-code"
import { secureCookies } from "./http/request-origin.server"

const CARD_COOKIE = "pd_card_secret"

function steps(context: APIContext) {
  const prefix = context.currentLocale === "en" ? "/en" : ""
  const go = (path: string) => context.redirect(`${prefix}${path}`, 303)
  // Only codes travel in the address (i18n/problems.ts): the fields a step refused, or what the backend refused.
  const problem = (path: string, code: string) => go(`${path}?galat=${encodeURIComponent(code)}`)
  return { go, problem }
}

const formOf = (context: APIContext) => context.request.formData().catch(() => new FormData())

function ordered(context: APIContext, orderId: string) {
  context.cookies.delete("pd_cart", { path: "/" })
  context.cookies.delete(CARD_COOKIE, { path: "/" })
  return steps(context).go(`/pesanan/${orderId}`)
}

/** POST /checkout/alamat: contact and address on the cart, then the delivery step, which can price for that address. */
export async function submitAddress(context: APIContext) {
  const { go, problem } = steps(context)
  const cartId = cartIdFrom(context.cookies)
  if (!cartId) return go("/keranjang")
  const parsed = parseAddressForm(await formOf(context))
  if (!parsed.ok) return problem("/checkout", `fields:${parsed.invalid.join(",")}`)
  try {
    await saveAddress(cartId, parsed.data, sessionToken(context.cookies))
  } catch (error) {
    return problem("/checkout", problemCode(error))
  }
  return go("/checkout/pengiriman")
}

/** POST /checkout/pesan: the chosen delivery and payment; transfer and cash on delivery place the order at once, a card goes to the card step. */
export async function submitOrder(context: APIContext) {
  const { go, problem } = steps(context)
  const cartId = cartIdFrom(context.cookies)
  if (!cartId) return go("/keranjang")
  const parsed = parseDeliveryForm(await formOf(context))
  if (!parsed.ok) return problem("/checkout/pengiriman", `fields:${parsed.invalid.join(",")}`)
  try {
    const placed = await placeOrder(cartId, parsed.data)
    if (placed.type === "order") return ordered(context, placed.orderId)
    context.cookies.set(CARD_COOKIE, placed.clientSecret, { path: "/", httpOnly: true, sameSite: "strict", secure: secureCookies(context), maxAge: 60 * 60 })
    return go("/checkout/kartu")
  } catch (error) {
    return problem("/checkout/pengiriman", problemCode(error))
  }
}

/** POST /checkout/selesai: after Stripe confirmed the card in the browser, the cart becomes the order. */
export async function submitCardPaid(context: APIContext) {
  const { go, problem } = steps(context)
  const cartId = cartIdFrom(context.cookies)
  if (!cartId) return go("/keranjang")
  try {
    return ordered(context, await completeCart(cartId))
  } catch (error) {
    return problem("/checkout/kartu", problemCode(error))
  }
}

export function cardClientSecret(context: Pick<APIContext, "cookies">) {
  return context.cookies.get(CARD_COOKIE)?.value ?? null
}
