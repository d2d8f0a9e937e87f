import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { advanceProducerOrderWorkflow } from "../../../../../workflows/producer-order/advance-producer-order"
import { producerLocationId } from "../../../stock/stock-rows"
import { presentProducerOrder, retrieveOwnProducerOrder } from "../../producer-order-view"
import type { ProducerMoveOrderType } from "../../validators"

/** POST /producer/orders/:id/status: accept, mark packed, handed over, or shipped with a tracking note. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerMoveOrderType>, res: MedusaResponse) {
  const producerId = req.auth_context.actor_id
  const part = await retrieveOwnProducerOrder(req.scope, producerId, req.params.id)
  const { result } = await advanceProducerOrderWorkflow(req.scope).run({
    input: { producer_order_id: part.id, ...req.validatedBody, location_id: await producerLocationId(req.scope, producerId) },
  })
  res.json({ order: await presentProducerOrder(req.scope, result) })
}
