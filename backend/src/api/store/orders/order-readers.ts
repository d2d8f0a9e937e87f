import { authenticate, type AuthenticatedMedusaRequest, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isOrderAccessKey, orderAccessSecret } from "../../../lib/order/order-access-key"

/** The header the storefront sends an order link's key in when it reads the order for its page. */
export const ORDER_KEY_HEADER = "x-order-key"

/**
 * Lets an order be read only by its buyer: whoever holds the key of its link
 * (header `x-order-key`), or the signed-in customer it belongs to. An order's
 * id alone is not enough: producers see ids in their panel, coordinators in the
 * admin, and the order holds the buyer's email, address and every producer's
 * lines. Anyone else gets the same 404 as for an order that does not exist.
 */
export async function onlyTheOrdersBuyer(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = req.params.id
  if (isOrderAccessKey(orderId, req.get(ORDER_KEY_HEADER), orderAccessSecret(req.scope))) return next()
  // Set by authenticate(), which runs first and lets the unauthenticated through.
  const auth = (req as AuthenticatedMedusaRequest).auth_context
  const customerId = auth?.actor_type === "customer" ? auth.actor_id : undefined
  if (customerId && (await customerOfOrder(req, orderId)) === customerId) return next()
  next(new MedusaError(MedusaError.Types.NOT_FOUND, `Pesanan ${orderId} tidak ditemukan.`))
}

async function customerOfOrder(req: MedusaRequest, orderId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["customer_id"], filters: { id: orderId } })
  return data[0]?.customer_id as string | null | undefined
}

/** The buyer's reads of an order: Medusa's own and ours (its progress, how to pay it). */
export const orderReaderRoutes = ["/store/orders/:id", "/store/orders/:id/progress", "/store/orders/:id/payment-instructions"].map((matcher) => ({
  matcher,
  method: "GET" as const,
  middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), onlyTheOrdersBuyer],
}))
