import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { refuseBuyerCancellation } from "../../../../../lib/order/buyer-cancellation"
import { isOrderAccessKey, ORDER_LINK_REFUSED, orderAccessSecret } from "../../../../../lib/order/order-access-key"
import { cancelOrderForBuyerWorkflow } from "../../../../../workflows/buyer-order/cancel-for-buyer"
import type { StoreCancelOrderType } from "../../validators"

/**
 * POST /store/orders/:id/cancel: the buyer cancels an order not yet paid nor
 * packed, with the key of their link and a reason. Two taps (or two tabs) are
 * taken one after the other: the second finds the order canceled and says so.
 */
export async function POST(req: MedusaRequest<StoreCancelOrderType>, res: MedusaResponse) {
  const { key, reason } = req.validatedBody
  const orderId = req.params.id
  if (!isOrderAccessKey(orderId, key, orderAccessSecret(req.scope))) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, ORDER_LINK_REFUSED)
  }
  const locking = req.scope.resolve(Modules.LOCKING)
  const refusal = await locking.execute(`buyer-cancel:${orderId}`, async () => {
    const found = await refuseBuyerCancellation(req.scope, orderId)
    if (found) return found
    await cancelOrderForBuyerWorkflow(req.scope).run({ input: { order_id: orderId, reason } })
    return null
  })
  if (refusal) {
    res.status(refusal.status).json({ type: refusal.status === 404 ? "not_found" : "not_allowed", message: refusal.message })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "status", "canceled_at"], filters: { id: orderId } })
  res.json({ order: data[0] })
}
