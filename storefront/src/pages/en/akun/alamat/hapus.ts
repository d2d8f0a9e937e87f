import type { APIRoute } from "astro"
import { removeSavedAddress } from "../../../../lib/account-actions.server"

/** POST /en/akun/alamat/hapus: takes a saved address off the buyer's account. */
export const POST: APIRoute = (context) => removeSavedAddress(context)
