import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { upsertProductHarvestWorkflow } from "../../../../../workflows/harvest/upsert-product-harvest"
import { retrieveOwnProduct } from "../../own-products"
import type { ProducerSetHarvestType } from "./validators"

/** The product's harvest as the panel shows it: the date as the day the producer typed, not a UTC timestamp. */
async function harvestOf(scope: MedusaContainer, productId: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["product_harvest.id", "product_harvest.expected_on", "product_harvest.forecast_quantity", "product_harvest.unit", "product_harvest.note"],
    filters: { id: productId },
  })
  const harvest = data[0]?.product_harvest
  if (!harvest) return null
  return { ...harvest, expected_on: new Date(harvest.expected_on).toISOString().slice(0, 10) }
}

/** GET /producer/products/:id/harvest: the next expected harvest of the producer's own product, or null. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const product = await retrieveOwnProduct(req, req.params.id)
  res.json({ harvest: await harvestOf(req.scope, product.id) })
}

/** POST /producer/products/:id/harvest: sets (or replaces) the next harvest date and forecast. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerSetHarvestType>, res: MedusaResponse) {
  const product = await retrieveOwnProduct(req, req.params.id)
  const { expected_on, forecast_quantity, unit, note } = req.validatedBody
  await upsertProductHarvestWorkflow(req.scope).run({ input: { product_id: product.id, expected_on, forecast_quantity, unit, note } })
  res.json({ harvest: await harvestOf(req.scope, product.id) })
}
