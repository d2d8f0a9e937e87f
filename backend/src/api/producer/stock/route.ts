import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ownProductIds } from "../products/own-products"
import { presentStock, producerLocationId, stockRows } from "./stock-rows"
import type { ProducerListStockQueryType } from "./validators"

/** GET /producer/stock?low_stock=true: every variant of the producer's products at their own stock location. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListStockQueryType>, res: MedusaResponse) {
  const producerId = req.auth_context.actor_id
  const [locationId, productIds] = await Promise.all([producerLocationId(req.scope, producerId), ownProductIds(req.scope, producerId)])
  const rows = (await stockRows(req.scope, locationId, productIds)).filter(
    (row) => req.validatedQuery.low_stock === undefined || row.low_stock === req.validatedQuery.low_stock
  )
  res.json({ stock: rows.map(presentStock), location_id: locationId })
}
