import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { listDeliveryRates } from "../../../lib/checkout/delivery-rates"
import type { StoreDeliveryRatesQueryType } from "./validators"

/** GET /store/delivery-rates: what pickup, the courier (per kecamatan) and the expedition cost, before any address; for a weight or a cart's parcel. */
export async function GET(req: MedusaStoreRequest<unknown, StoreDeliveryRatesQueryType>, res: MedusaResponse) {
  const { grams, cart_id } = req.validatedQuery
  res.json({ delivery_rates: await listDeliveryRates(req.scope, { grams, cartId: cart_id }) })
}
