import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { arrangeProductPhotosWorkflow } from "../../../../../workflows/product-photo/arrange-product-photos"
import { presentProduct, retrieveOwnProduct } from "../../own-products"
import type { ProducerArrangePhotosType } from "../../validators"

/**
 * POST /producer/products/:id/photos with `{ image_ids }`: the product's
 * photos in the order given, the first the main picture; a photo left out is
 * removed from the product.
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerArrangePhotosType>, res: MedusaResponse) {
  const current = await retrieveOwnProduct(req, req.params.id)
  await arrangeProductPhotosWorkflow(req.scope).run({ input: { product_id: current.id, image_ids: req.validatedBody.image_ids } })
  res.json({ product: presentProduct(await retrieveOwnProduct(req, current.id)) })
}
