import type { APIContext } from "astro"
import { medusa } from "./medusa"
import { parseId, parseQuantity } from "./cart"
import { cartIdFrom, ensureCart, itemCountOf, rememberCartCount } from "./cart.server"
import { problemCode } from "./problem-code"
import { secureCookies } from "./http/request-origin.server"

/**
 * After a form post, back to the cart page (303: the browser then GETs it), with a problem code
 * when refused (i18n/problems.ts). Out of stock also names the variant asked for, so the page can
 * say which product and how many are left.
 */
function toCart(context: APIContext, problem?: "bad_quantity" | "bad_variant" | "bad_line" | ReturnType<typeof problemCode>, variantId?: string | null) {
  const base = context.currentLocale === "en" ? "/en/keranjang" : "/keranjang"
  if (!problem) return context.redirect(base, 303)
  return context.redirect(`${base}?${problemQuery(problem, variantId)}`, 303)
}

/** After a product was added: the cart page says which one went in (the buyer sees the tap worked, with or without JavaScript). */
function toCartAdded(context: APIContext, variantId: string) {
  const base = context.currentLocale === "en" ? "/en/keranjang" : "/keranjang"
  return context.redirect(`${base}?${new URLSearchParams({ ditambah: variantId })}`, 303)
}

function problemQuery(problem: NonNullable<Parameters<typeof toCart>[1]>, variantId?: string | null) {
  return new URLSearchParams({ galat: problem, ...(problem === "out_of_stock" && variantId ? { varian: variantId } : {}) })
}

/** The variant a line of the cart holds, or null when the line or the cart is gone. */
async function variantOfLine(cartId: string, lineId: string) {
  const found = await medusa.store.cart.retrieve(cartId, { fields: "id,items.id,items.variant_id" }).catch(() => null)
  return found?.cart.items?.find((item) => item.id === lineId)?.variant_id ?? null
}

export async function addToCart(context: APIContext) {
  const form = await context.request.formData().catch(() => new FormData())
  const variantId = parseId(form.get("variant_id"), "variant", "bad_variant")
  const quantity = parseQuantity(form.get("quantity"))
  if (variantId === "bad_variant" || typeof quantity === "string") {
    return toCart(context, variantId === "bad_variant" ? "bad_variant" : "bad_quantity")
  }
  try {
    const secure = secureCookies(context)
    const cartId = await ensureCart(context.cookies, secure)
    const { cart } = await medusa.store.cart.createLineItem(cartId, { variant_id: variantId, quantity })
    rememberCartCount(context.cookies, itemCountOf(cart), secure)
    return toCartAdded(context, variantId)
  } catch (error) {
    return toCart(context, problemCode(error), variantId)
  }
}

export async function updateLine(context: APIContext) {
  const form = await context.request.formData().catch(() => new FormData())
  const lineId = parseId(form.get("line_id"), "cali", "bad_line")
  const quantity = parseQuantity(form.get("quantity"), 0)
  const cartId = cartIdFrom(context.cookies)
  if (lineId === "bad_line" || typeof quantity === "string" || !cartId) {
    return toCart(context, typeof quantity === "string" ? "bad_quantity" : "bad_line")
  }
  try {
    const cart =
      quantity === 0
        ? (await medusa.store.cart.deleteLineItem(cartId, lineId)).parent
        : (await medusa.store.cart.updateLineItem(cartId, lineId, { quantity })).cart
    rememberCartCount(context.cookies, itemCountOf(cart), secureCookies(context))
    return toCart(context)
  } catch (error) {
    const problem = problemCode(error)
    return toCart(context, problem, problem === "out_of_stock" ? await variantOfLine(cartId, lineId) : null)
  }
}
