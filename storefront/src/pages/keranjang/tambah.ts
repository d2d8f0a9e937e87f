import type { APIRoute } from "astro"
import { addToCart } from "../../lib/cart-actions.server"

/** POST /keranjang/tambah: the product page form (works without JavaScript). */
export const POST: APIRoute = (context) => addToCart(context)
