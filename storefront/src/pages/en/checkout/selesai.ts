import type { APIRoute } from "astro"
import { submitCardPaid } from "../../../lib/checkout-actions.server"

/** POST /checkout/selesai: completes the order once Stripe has confirmed the card. */
export const POST: APIRoute = (context) => submitCardPaid(context)
