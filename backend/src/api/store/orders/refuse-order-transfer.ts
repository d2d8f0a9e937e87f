import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export const ORDER_TRANSFER_REFUSED = "Pesanan tidak bisa dipindahkan ke akun lain. Hubungi pusat OK OCE bila pesanan Anda perlu diubah."

/**
 * Medusa lets any signed-in buyer who knows an order's id request its transfer
 * to their own account. The pending request is an active order change, and
 * while it lasts the producer cannot pack, nobody can cancel and the order's
 * stock stays reserved. This shop has no use for transfers: every
 * `/store/orders/:id/transfer/*` route is refused before anything changes.
 */
export function refuseOrderTransfer(_req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  next(new MedusaError(MedusaError.Types.NOT_ALLOWED, ORDER_TRANSFER_REFUSED))
}
