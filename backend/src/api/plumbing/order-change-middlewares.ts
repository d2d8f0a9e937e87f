import type { MiddlewareRoute } from "@medusajs/framework/http"
import { withdrawTransferBeforeCancel } from "../admin/orders/withdraw-transfer-before-cancel"
import { refuseOrderTransfer } from "../store/orders/refuse-order-transfer"

/**
 * Order transfers: buyers cannot start or answer one, and a coordinator's
 * cancellation withdraws a pending one first (packing and the unpaid-transfer
 * job do the same in their workflows).
 */
export const orderChangeMiddlewareRoutes: MiddlewareRoute[] = [
  { matcher: "/store/orders/:id/transfer/*", middlewares: [refuseOrderTransfer] },
  { matcher: "/admin/orders/:id/cancel", method: "POST", middlewares: [withdrawTransferBeforeCancel] },
]
