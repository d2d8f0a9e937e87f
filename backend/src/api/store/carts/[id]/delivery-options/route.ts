import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listDeliveryChoices } from "../../../../../lib/checkout/delivery-choices"

/**
 * The cart's delivery options as the checkout shows them: each with its price
 * for this address and parcel, or unavailable with the reason (perishable
 * food cannot take the expedition, the courier stays in Pacitan).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const delivery_options = await listDeliveryChoices(req.scope, req.params.id)
  res.json({ delivery_options })
}
