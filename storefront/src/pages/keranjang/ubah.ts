import type { APIRoute } from "astro"
import { updateLine } from "../../lib/cart-actions.server"

/** POST /keranjang/ubah: change a line's quantity; 0 removes it. */
export const POST: APIRoute = (context) => updateLine(context)
