import type { APIRoute } from "astro"
import { requireToken } from "../../../../lib/panel/guard.server"
import { photoAction } from "../../../../lib/panel/photo-actions.server"

/** POST /panel/produk/:id/foto: the edit page's photo forms (upload, make main, remove). */
export const POST: APIRoute = async (context) => {
  const token = requireToken(context)
  if (token instanceof Response) return token
  return photoAction(context, token, context.params.id ?? "")
}
