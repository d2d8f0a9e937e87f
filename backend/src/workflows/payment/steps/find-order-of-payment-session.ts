import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type OrderOfPaymentSession = { order_id: string; status: string } | null

export const findOrderOfPaymentSessionStepId = "find-order-of-payment-session"

/**
 * The order a payment session's cart became, or null while the cart is not
 * completed (or the session is unknown). A read only, so nothing to undo. Each
 * lookup is skipped once an id is missing: query.graph treats an undefined
 * filter as no filter and would answer with an unrelated row.
 */
export const findOrderOfPaymentSessionStep = createStep(findOrderOfPaymentSessionStepId, async (sessionId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({ entity: "payment_session", fields: ["payment_collection_id"], filters: { id: sessionId } })
  const collectionId = sessions[0]?.payment_collection_id
  if (!collectionId) {
    return new StepResponse<OrderOfPaymentSession>(null)
  }
  const { data: links } = await query.graph({ entity: "order_payment_collection", fields: ["order_id"], filters: { payment_collection_id: collectionId } })
  const orderId = links[0]?.order_id
  if (!orderId) {
    return new StepResponse<OrderOfPaymentSession>(null)
  }
  const { data: orders } = await query.graph({ entity: "order", fields: ["id", "status"], filters: { id: orderId } })
  return new StepResponse<OrderOfPaymentSession>(orders[0] ? { order_id: orders[0].id, status: String(orders[0].status) } : null)
})
