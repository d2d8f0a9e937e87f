import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { askStockAlert } from "../../../lib/stock-alert/stock-alerts"
import { keySalesChannels } from "../catalogue/sales-channels"
import type { StoreAskStockAlertType } from "./validators"

/**
 * POST /store/stock-alerts: "kabari saya saat tersedia". The buyer's email
 * hears once when the sold-out product can be bought again; asking again
 * keeps one alert and answers the same.
 */
export async function POST(req: MedusaStoreRequest<StoreAskStockAlertType>, res: MedusaResponse) {
  const { handle, email, locale } = req.validatedBody
  const outcome = await askStockAlert(req.scope, { handle, email, locale, salesChannelIds: keySalesChannels(req) })
  if ("message" in outcome) {
    res.status(outcome.status).json({ type: outcome.status === 404 ? "not_found" : "not_allowed", message: outcome.message })
    return
  }
  res.status(outcome.status).json({ stock_alert: { product_id: outcome.product_id, email: email.trim().toLowerCase() } })
}
