import type { APIRoute } from "astro"
import { submitSavedAddress } from "../../lib/checkout-actions.server"

/** POST /checkout/alamat-tersimpan: delivery to one of the signed-in buyer's saved addresses (works without JavaScript). */
export const POST: APIRoute = (context) => submitSavedAddress(context)
