import type { IOrderModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reasonMetadata, type BuyerCancelReason } from "../../../lib/order/buyer-cancellation"

/** Keeps the buyer's reason on the canceled order, for its page and the centre (Medusa's cancellation stores none). */
export const recordCancelReasonStep = createStep(
  "record-cancel-reason",
  async ({ order_id, reason }: { order_id: string; reason: BuyerCancelReason }, { container }) => {
    const orders = container.resolve<IOrderModuleService>(Modules.ORDER)
    const order = await orders.retrieveOrder(order_id, { select: ["id", "metadata"] })
    await orders.updateOrders(order_id, { metadata: reasonMetadata(order.metadata, reason) })
    return new StepResponse(undefined, { order_id, metadata: order.metadata ?? null })
  },
  async (before, { container }) => {
    if (before) await container.resolve<IOrderModuleService>(Modules.ORDER).updateOrders(before.order_id, { metadata: before.metadata })
  }
)
