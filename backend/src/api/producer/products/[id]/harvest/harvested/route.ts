import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordHarvestWorkflow } from "../../../../../../workflows/harvest/record-harvest"
import { retrieveOwnProduct } from "../../../own-products"
import type { ProducerRecordHarvestType } from "../validators"

/**
 * POST /producer/products/:id/harvest/harvested { quantity }: the producer's
 * actual harvest. It goes on the shelf; pre-orders it cannot cover are
 * canceled, latest placed first, and their buyers told. Answers what was
 * canceled (order numbers only: buyers' details are not the producer's).
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerRecordHarvestType>, res: MedusaResponse) {
  const product = await retrieveOwnProduct(req, req.params.id)
  const { result } = await recordHarvestWorkflow(req.scope).run({ input: { product_id: product.id, quantity: req.validatedBody.quantity } })
  const { canceled, shelved, unit } = result
  res.json({
    harvest: {
      product_id: product.id,
      quantity: req.validatedBody.quantity,
      unit,
      items_shelved: shelved.reduce((sum, addition) => sum + addition.adjustment, 0),
      canceled_orders: canceled.map((order) => ({ display_id: order.display_id, quantity: order.quantity })),
    },
  })
}
