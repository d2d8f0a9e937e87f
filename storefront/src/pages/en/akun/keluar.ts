import type { APIRoute } from "astro"
import { logout } from "../../../lib/account-actions.server"

export const POST: APIRoute = (context) => logout(context)
