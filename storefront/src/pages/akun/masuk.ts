import type { APIRoute } from "astro"
import { login } from "../../lib/account-actions.server"

export const POST: APIRoute = (context) => login(context)
