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
  /** How many of the line wait for their product's harvest, and the day it is expected; null when the shelf covers it. */
  preorder: Preorder | null
}
export type Preorder = { fromHarvest: number; expectedOn: string }
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

/**
 * The cart's lines that wait for a harvest (GET /store/carts/:id/preorders), by line. The cart
 * still shows without them: a backend that cannot say leaves the notes out, not the cart.
 */
async function preordersOf(cartId: string): Promise<Map<string, Preorder>> {
  const answer = await medusa.client
    .fetch<{ preorders: Array<{ line_id: string; from_harvest: number; expected_on: string }> }>(`/store/carts/${encodeURIComponent(cartId)}/preorders`)
    .catch(() => ({ preorders: [] }))
  return new Map(answer.preorders.map((line) => [line.line_id, { fromHarvest: line.from_harvest, expectedOn: line.expected_on }]))
}

export async function readCart(cookies: AstroCookies): Promise<CartView | null> {
  const id = cartIdFrom(cookies)
  if (!id) {
    return null
  }
  const [found, preorders] = await Promise.all([
    medusa.store.cart.retrieve(id, { fields: "id,completed_at,item_subtotal,total,*items,items.product_handle,items.thumbnail" }).catch(() => null),
    preordersOf(id),
  ])
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
    preorder: preorders.get(item.id) ?? null,
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
