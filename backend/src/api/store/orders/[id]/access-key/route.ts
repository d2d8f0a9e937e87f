import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isOrderAccessKey, orderAccessKey, orderAccessSecret } from "../../../../../lib/order/order-access-key"
import type { StoreOrderAccessKeyType } from "../../validators"

/**
 * POST /store/orders/:id/access-key: the key of the order's link, for whoever
 * proves to be its buyer: the storefront right after checkout (the cart the
 * order was made from, which only the buyer's browser holds), a signed-in
 * customer whose order it is, or a link's key checked again. Anyone else gets
 * the same 404 as for an unknown order.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreOrderAccessKeyType>, res: MedusaResponse) {
  const { cart_id, key } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id", "cart_link.cart_id"], filters: { id: req.params.id } })
  const order = data[0]
  const secret = orderAccessSecret(req.scope)
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined
  const proven =
    order &&
    ((key !== undefined && isOrderAccessKey(order.id, key, secret)) ||
      (cart_id !== undefined && order.cart_link?.cart_id === cart_id) ||
      (customerId !== undefined && order.customer_id === customerId))
  if (!proven) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pesanan ${req.params.id} tidak ditemukan. / No such order.`)
  res.json({ key: orderAccessKey(order.id, secret) })
}
