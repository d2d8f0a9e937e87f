import type { APIContext } from "astro"
import { sessionToken } from "./account.server"
import { cartIdFrom } from "./cart.server"
import { parseCheckoutForm } from "./checkout"
import { placeOrder } from "./checkout.server"

export async function submitCheckout(context: APIContext) {
  const prefix = context.currentLocale === "en" ? "/en" : ""
  const back = (problem: string) => context.redirect(`${prefix}/checkout?galat=${encodeURIComponent(problem)}`, 303)
  const cartId = cartIdFrom(context.cookies)
  if (!cartId) {
    return context.redirect(`${prefix}/keranjang`, 303)
  }
  const parsed = parseCheckoutForm(await context.request.formData().catch(() => new FormData()))
  if (!parsed.ok) {
    return back(`fields:${parsed.invalid.join(",")}`)
  }
  try {
    const orderId = await placeOrder(cartId, parsed.data, sessionToken(context.cookies))
    context.cookies.delete("pd_cart", { path: "/" })
    return context.redirect(`${prefix}/pesanan/${orderId}`, 303)
  } catch (error) {
    return back((error as Error).message?.slice(0, 300) || "error")
  }
}
