import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentProducerOrder, retrieveOwnProducerOrder } from "../producer-order-view"

/** GET /producer/orders/:id: one part of an order, only the producer's own lines. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const part = await retrieveOwnProducerOrder(req.scope, req.auth_context.actor_id, req.params.id)
  res.json({ order: await presentProducerOrder(req.scope, part) })
}
