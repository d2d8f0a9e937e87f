import type { AstroCookies } from "astro"
import { medusa } from "./medusa"
import { getRupiahRegionId } from "./data/regions"

const CART_COOKIE = "pd_cart"

export type CartLine = {
  id: string
  variantId: string | null
  title: string
  variantTitle: string
  handle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  total: number
}
/** `subtotal`: the goods only, before delivery. */
export type CartView = { id: string; lines: CartLine[]; subtotal: number; total: number; itemCount: number }

export function cartIdFrom(cookies: AstroCookies) {
  return cookies.get(CART_COOKIE)?.value
}

function rememberCart(cookies: AstroCookies, id: string, secure: boolean) {
  cookies.set(CART_COOKIE, id, { path: "/", httpOnly: true, sameSite: "lax", secure, maxAge: 60 * 60 * 24 * 30 })
}

/**
 * How many items the cart holds, for the count beside the header's cart link. Catalogue pages are
 * cached and the same for every visitor, so a small script reads this cookie; it says nothing secret
 * (the cart's id stays in the httpOnly one). Set whenever the cart is changed or shown.
 */
export const CART_COUNT_COOKIE = "pd_cart_count"

export function rememberCartCount(cookies: AstroCookies, count: number, secure: boolean) {
  if (count > 0) cookies.set(CART_COUNT_COOKIE, String(count), { path: "/", sameSite: "lax", secure, maxAge: 60 * 60 * 24 * 30 })
  else if (cookies.has(CART_COUNT_COOKIE)) cookies.delete(CART_COUNT_COOKIE, { path: "/" })
}

/** Items in a cart as the store API answers it: quantities summed over its lines. */
export const itemCountOf = (cart: { items?: Array<{ quantity: number }> | null } | undefined) =>
  (cart?.items ?? []).reduce((sum, item) => sum + Number(item.quantity), 0)

/** The visitor's cart, created on first use and remembered in an httpOnly cookie. */
export async function ensureCart(cookies: AstroCookies, secure: boolean): Promise<string> {
  const existing = cartIdFrom(cookies)
  if (existing) {
    const found = await medusa.store.cart.retrieve(existing, { fields: "id,completed_at" }).catch(() => null)
    if (found && !found.cart.completed_at) {
      return existing
    }
  }
  const { cart } = await medusa.store.cart.create({ region_id: await getRupiahRegionId() })
  rememberCart(cookies, cart.id, secure)
  return cart.id
}

export async function readCart(cookies: AstroCookies): Promise<CartView | null> {
  const id = cartIdFrom(cookies)
  if (!id) {
    return null
  }
  const found = await medusa.store.cart
    .retrieve(id, { fields: "id,completed_at,item_subtotal,total,*items,items.product_handle,items.thumbnail" })
    .catch(() => null)
  if (!found || found.cart.completed_at) {
    return null
  }
  const { cart } = found
  const lines = (cart.items ?? []).map((item) => ({
    id: item.id,
    variantId: item.variant_id ?? null,
    title: item.product_title ?? item.title,
    variantTitle: item.variant_title ?? "",
    handle: item.product_handle ?? null,
    thumbnail: item.thumbnail ?? null,
    quantity: item.quantity,
    unitPrice: Number(item.unit_price),
    total: Number(item.total ?? item.unit_price * item.quantity),
  }))
  // The goods alone: Medusa's `subtotal` also counts a delivery chosen earlier, which the buyer may have changed since.
  return {
    id: cart.id,
    lines,
    subtotal: Number(cart.item_subtotal ?? 0),
    total: Number(cart.total ?? 0),
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
  }
}
