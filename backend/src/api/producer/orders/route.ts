import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listOwnProducerOrders } from "./producer-order-view"
import type { ProducerListOrdersQueryType } from "./validators"

/** GET /producer/orders?status=&limit=&offset=: the signed-in producer's parts of buyers' orders, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ProducerListOrdersQueryType>, res: MedusaResponse) {
  res.json(await listOwnProducerOrders(req.scope, req.auth_context.actor_id, req.validatedQuery))
}
