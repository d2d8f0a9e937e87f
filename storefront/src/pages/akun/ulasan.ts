import type { APIRoute } from "astro"
import { submitReview } from "../../lib/review-actions.server"

/** POST /akun/ulasan: the signed-in buyer reviews a product they received. */
export const POST: APIRoute = (context) => submitReview(context)
