import type { APIRoute } from "astro"
import { changeFavourite } from "../../../../lib/account-actions.server"

/** POST /en/akun/favorit/ubah: a product saved to or taken off the buyer's favourites. */
export const POST: APIRoute = (context) => changeFavourite(context)
