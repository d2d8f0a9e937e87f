import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { withdrawPendingTransferWorkflow } from "../../../workflows/order/withdraw-pending-transfer"

/**
 * Before Medusa's own `POST /admin/orders/:id/cancel`: a pending transfer
 * request is an active order change, and Medusa refuses to cancel an order
 * that has one. The coordinator who cancels the order withdraws the request.
 */
export async function withdrawTransferBeforeCancel(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  await withdrawPendingTransferWorkflow(req.scope).run({ input: { order_id: req.params.id } })
  next()
}
