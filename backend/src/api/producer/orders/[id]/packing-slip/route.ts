import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRODUCER_MODULE } from "../../../../../modules/producer"
import type ProducerModuleService from "../../../../../modules/producer/service"
import { presentProducerOrder, retrieveOwnProducerOrder } from "../../producer-order-view"

/**
 * GET /producer/orders/:id/packing-slip: what the panel prints to pack the
 * producer's part: order number, the buyer's name and delivery address as the
 * producer may see them, and only their own lines still on the order.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const producerId = req.auth_context.actor_id
  const part = await retrieveOwnProducerOrder(req.scope, producerId, req.params.id)
  const [view, producer] = await Promise.all([
    presentProducerOrder(req.scope, part),
    req.scope.resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducer(producerId, { select: ["business_name", "whatsapp"] }),
  ])
  res.json({
    slip: {
      id: view.id,
      status: view.status,
      display_id: view.order.display_id,
      placed_at: view.order.placed_at,
      canceled: view.order.canceled,
      shipping_method: view.order.shipping_method,
      deliver_to: view.order.deliver_to,
      producer: { business_name: producer.business_name, whatsapp: producer.whatsapp },
      items: view.items.filter((item) => item.quantity > 0).map(({ title, variant_title, sku, quantity }) => ({ title, variant_title, sku, quantity })),
    },
  })
}
