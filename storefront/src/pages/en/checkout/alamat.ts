import type { APIRoute } from "astro"
import { submitAddress } from "../../../lib/checkout-actions.server"

/** POST /checkout/alamat: saves contact and address (works without JavaScript). */
export const POST: APIRoute = (context) => submitAddress(context)
