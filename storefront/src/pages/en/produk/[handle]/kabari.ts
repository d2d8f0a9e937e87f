import type { APIRoute } from "astro"
import { askStockAlert } from "../../../../lib/stock-alert-actions.server"

/** POST /en/produk/<handle>/kabari: hear once when a sold-out product is back. */
export const POST: APIRoute = (context) => askStockAlert(context)
