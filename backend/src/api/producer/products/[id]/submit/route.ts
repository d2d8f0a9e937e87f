import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionCurationWorkflow } from "../../../../../workflows/curation/transition-curation"
import { presentProduct, retrieveOwnProduct } from "../../own-products"

/** POST /producer/products/:id/submit: sends a draft (or a product sent back for changes) to the coordinators. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const current = await retrieveOwnProduct(req, req.params.id)
  await transitionCurationWorkflow(req.scope).run({
    input: { product_ids: [current.id], action: "submit", actor: { type: "producer", id: req.auth_context.actor_id } },
  })
  res.json({ product: presentProduct(await retrieveOwnProduct(req, current.id)) })
}
