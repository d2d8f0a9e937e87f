import type { APIRoute } from "astro"
import { register } from "../../lib/account-actions.server"

export const POST: APIRoute = (context) => register(context)
