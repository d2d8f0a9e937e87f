import type { APIRoute } from "astro"
import { submitCancel } from "../../../lib/order-actions.server"

/** POST /pesanan/:id/batal: the buyer cancels an unpaid order, from its page. */
export const POST: APIRoute = (context) => submitCancel(context)
