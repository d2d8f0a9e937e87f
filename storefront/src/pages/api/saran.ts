import type { APIRoute } from "astro"
import { suggestProducts } from "../../lib/suggestions.server"

/** GET /api/saran?q=: suggestions for the search box island. Short or overlong queries get none. */
export const GET: APIRoute = async ({ url }) => {
  const q = url.searchParams.get("q")?.trim() ?? ""
  const suggestions = q.length >= 2 && q.length <= 200 ? await suggestProducts(q).catch(() => []) : []
  return new Response(JSON.stringify({ suggestions }), { headers: { "content-type": "application/json", "cache-control": "public, max-age=60" } })
}
