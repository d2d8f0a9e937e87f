import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { declineProducerOrderWorkflow } from "../../../../../workflows/producer-order/decline-producer-order"
import { presentProducerOrder, retrieveOwnProducerOrder } from "../../producer-order-view"
import type { ProducerDeclineOrderType } from "../../validators"

/** POST /producer/orders/:id/decline: the producer cannot fill their part; only their lines leave the order. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerDeclineOrderType>, res: MedusaResponse) {
  const producerId = req.auth_context.actor_id
  const part = await retrieveOwnProducerOrder(req.scope, producerId, req.params.id)
  const { result } = await declineProducerOrderWorkflow(req.scope).run({
    input: { producer_order_id: part.id, producer_id: producerId, reason: req.validatedBody.reason, note: req.validatedBody.note || undefined },
  })
  res.json({ order: await presentProducerOrder(req.scope, result) })
}
