import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { setProducerStockWorkflow } from "../../../../../workflows/producer-stock/set-producer-stock"
import { presentStock, producerLocationId, stockRows } from "../../../stock/stock-rows"
import type { ProducerSetStockType } from "../../../stock/validators"
import { retrieveOwnProduct } from "../../own-products"

/** GET /producer/products/:id/stock: this product's variants at the producer's stock location. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const product = await retrieveOwnProduct(req, req.params.id)
  const locationId = await producerLocationId(req.scope, req.auth_context.actor_id)
  res.json({ stock: (await stockRows(req.scope, locationId, [product.id])).map(presentStock), location_id: locationId })
}

/**
 * POST /producer/products/:id/stock: sets counted quantities and low-stock thresholds of its variants.
 * `expected_quantity` is the number the producer's page showed: a 409 with the current one when it has changed.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerSetStockType>, res: MedusaResponse) {
  const product = await retrieveOwnProduct(req, req.params.id)
  const locationId = await producerLocationId(req.scope, req.auth_context.actor_id)
  const current = await stockRows(req.scope, locationId, [product.id])
  const levels = req.validatedBody.variants.map((change, index) => {
    const row = current.find((candidate) => candidate.variant_id === change.variant_id)
    if (!row) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `variants.${index}.variant_id: bukan varian produk ini / not a variant of this product`)
    }
    const metadata = { ...row.level_metadata }
    if (change.low_stock_threshold !== undefined) {
      metadata.low_stock_threshold = change.low_stock_threshold
    }
    // Only a typed quantity is written: a threshold save must not put back the number the page showed.
    return {
      inventory_item_id: row.inventory_item_id,
      stocked_quantity: change.stocked_quantity,
      expected_quantity: change.expected_quantity,
      metadata,
      exists: row.level_exists,
    }
  })
  await setProducerStockWorkflow(req.scope).run({ input: { location_id: locationId, levels } })
  res.json({ stock: (await stockRows(req.scope, locationId, [product.id])).map(presentStock), location_id: locationId })
}
