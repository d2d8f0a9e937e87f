import type { APIRoute } from "astro"
import { submitOrder } from "../../lib/checkout-actions.server"

/** POST /checkout/pesan: places the order with the chosen delivery and payment (works without JavaScript). */
export const POST: APIRoute = (context) => submitOrder(context)
