import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { producerRecipients } from "../../../lib/producer/producer-recipients"

export const PRODUCER_NEW_ORDER_TEMPLATE = "producer-new-order"
/** Where the producer sees and moves their parts (the storefront's panel). */
export const PANEL_ORDERS_PATH = "/panel/pesanan"

/**
 * One message per part to each of the producer's recipients (WhatsApp, or
 * each login's email: producer-recipients.ts): the order's number, only this
 * producer's lines and how the order travels. The buyer's email and the other
 * producers' lines stay out, as in the panel. Read only.
 */
export const buildNewOrderNoticesStep = createStep(
  "build-new-order-notices",
  async ({ producer_order_ids }: { producer_order_ids: string[] }, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const parts = producer_order_ids.length ? await producers.listProducerOrders({ id: producer_order_ids }) : []
    if (!parts.length) return new StepResponse([] as CreateNotificationDTO[])
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      // items.*: Medusa fills an order line's quantity (kept in its detail record) only for a full select.
      fields: ["id", "display_id", "items.*", "shipping_methods.name"],
      filters: { id: [...new Set(parts.map((part) => part.order_id))] },
    })
    const orders = new Map(data.map((order) => [order.id, order]))
    const recipients = await producerRecipients(container, [...new Set(parts.map((part) => part.producer_id))])
    const notices = parts.flatMap((part) => {
      const order = orders.get(part.order_id)
      if (!order) return []
      const mine = new Set(part.item_ids as string[])
      const lines = (order.items ?? []).flatMap((item) =>
        item && mine.has(item.id) ? [{ title: item.title, variant: item.variant_title, quantity: Number(item.quantity) }] : []
      )
      const delivery = order.shipping_methods?.find(Boolean)?.name ?? null
      return (recipients.get(part.producer_id) ?? []).map(({ channel, to }): CreateNotificationDTO => ({
        to,
        channel,
        template: PRODUCER_NEW_ORDER_TEMPLATE,
        idempotency_key: `${PRODUCER_NEW_ORDER_TEMPLATE}:${part.id}:${to}`,
        data: {
          subject: `Pesanan baru #${order.display_id} di Pasar Desa`,
          order_display_id: order.display_id,
          producer_order_id: part.id,
          lines,
          delivery,
          panel_path: PANEL_ORDERS_PATH,
          message: `Ada pesanan baru #${order.display_id}: ${lines.map((line) => `${line.quantity} × ${line.title}${line.variant ? ` (${line.variant})` : ""}`).join(", ")}. Pengiriman: ${delivery ?? "-"}. Terima dan kemas pesanan di panel produsen.`,
        },
      }))
    })
    return new StepResponse(notices)
  }
)
