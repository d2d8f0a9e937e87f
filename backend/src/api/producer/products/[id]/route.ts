import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { updateProducerProductWorkflow } from "../../../../workflows/producer-product/update-producer-product"
import { presentProduct, retrieveOwnProduct } from "../own-products"
import type { ProducerUpdateProductType } from "../validators"

/** GET /producer/products/:id: one of the signed-in producer's products with its curation history. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ product: presentProduct(await retrieveOwnProduct(req, req.params.id)) })
}

/**
 * POST /producer/products/:id: edits the product, its variants' prices and its
 * food compliance. A changed regulated field of an approved product sends it
 * back to review (see updateProducerProductWorkflow).
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateProductType>, res: MedusaResponse) {
  const current = await retrieveOwnProduct(req, req.params.id)
  const { variants = [], compliance, ...product } = req.validatedBody
  const { result } = await updateProducerProductWorkflow(req.scope).run({
    input: { product_id: current.id, producer_id: req.auth_context.actor_id, product, variants, compliance },
  })
  res.json({ product: presentProduct(await retrieveOwnProduct(req, current.id)), sent_back_to_review: result.reopened })
}

/** DELETE /producer/products/:id: only a draft nobody has reviewed yet may be deleted. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const current = await retrieveOwnProduct(req, req.params.id)
  const state = current.product_curation?.state ?? "draft"
  if (state !== "draft") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Hanya draf yang bisa dihapus; produk ini berstatus '${state}' / only drafts can be deleted`)
  }
  await deleteProductsWorkflow(req.scope).run({ input: { ids: [current.id] } })
  res.json({ id: current.id, object: "product", deleted: true })
}
