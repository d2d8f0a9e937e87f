import type { APIRoute } from "astro"
import { submitCheckout } from "../../../lib/checkout-actions.server"

/** POST /checkout/pesan: places the order from the checkout form (works without JavaScript). */
export const POST: APIRoute = (context) => submitCheckout(context)
