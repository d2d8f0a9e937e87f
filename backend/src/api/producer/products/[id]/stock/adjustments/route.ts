import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../../../../../modules/producer"
import type ProducerModuleService from "../../../../../../modules/producer/service"
import { adjustProducerStockWorkflow } from "../../../../../../workflows/producer-stock/adjust-producer-stock"
import { presentStock, producerLocationId, stockRows } from "../../../../stock/stock-rows"
import type { ProducerAdjustStockType } from "../../../../stock/validators"
import { retrieveOwnProduct } from "../../../own-products"

/** GET /producer/products/:id/stock/adjustments: the +/- changes of this product's stock and their reasons, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const product = await retrieveOwnProduct(req, req.params.id)
  const variantIds = product.variants.flatMap((variant) => (variant ? [variant.id] : []))
  const producers: ProducerModuleService = req.scope.resolve(PRODUCER_MODULE)
  const adjustments = await producers.listStockAdjustments(
    { producer_id: req.auth_context.actor_id, variant_id: variantIds },
    { order: { created_at: "DESC" }, take: 100 }
  )
  res.json({ adjustments })
}

/** POST /producer/products/:id/stock/adjustments: a quick +/- change with its reason; stock never goes below zero or below what orders reserved. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerAdjustStockType>, res: MedusaResponse) {
  const product = await retrieveOwnProduct(req, req.params.id)
  const { variant_id, delta, reason } = req.validatedBody
  const locationId = await producerLocationId(req.scope, req.auth_context.actor_id)
  const row = (await stockRows(req.scope, locationId, [product.id])).find((candidate) => candidate.variant_id === variant_id)
  if (!row) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "variant_id: bukan varian produk ini / not a variant of this product")
  }
  const { result } = await adjustProducerStockWorkflow(req.scope).run({
    input: {
      producer_id: req.auth_context.actor_id,
      variant_id,
      inventory_item_id: row.inventory_item_id,
      location_id: locationId,
      level_exists: row.level_exists,
      delta,
      reason,
    },
  })
  const stock = (await stockRows(req.scope, locationId, [product.id])).find((candidate) => candidate.variant_id === variant_id)!
  res.status(201).json({ adjustment: result, stock: presentStock(stock) })
}
