import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { sendNotificationsWhenConfiguredStep } from "../notification/steps/send-notifications-when-configured"
import type { CanceledPreorder } from "../../lib/harvest/harvest-shortfall"

export const cancelPreorderWorkflowId = "cancel-preorder"

export const PREORDER_CANCELED_TEMPLATE = "preorder-canceled"

export type CancelPreorderInput = { product_title: string; preorder: CanceledPreorder }

/**
 * Cancels one pre-order the harvest cannot fill, through Medusa's
 * cancelOrderWorkflow: the reservation is released, an uncaptured payment is
 * canceled and a captured one refunded through its provider (for transfers and
 * cash the coordinator returns the money by hand; the refund records it).
 * Then the buyer is told, in Indonesian, what was canceled and about the money.
 *
 * @example
 * await cancelPreorderWorkflow(container).run({ input: { product_title: "Kelapa Muda", preorder: { order_id: "order_1", display_id: 12, email: "a@b.id", quantity: 2, paid: false } } })
 */
export const cancelPreorderWorkflow = createWorkflow(cancelPreorderWorkflowId, (input: CancelPreorderInput) => {
  cancelOrderWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ order_id: input.preorder.order_id })) })
  const notices = transform({ input }, ({ input: { preorder, product_title } }) => {
    if (!preorder.email) return []
    const money = preorder.paid ? "Uang yang sudah Anda bayarkan kami kembalikan." : "Tidak ada uang yang ditarik."
    return [
      {
        to: preorder.email,
        channel: "email",
        template: PREORDER_CANCELED_TEMPLATE,
        idempotency_key: `${PREORDER_CANCELED_TEMPLATE}:${preorder.order_id}`,
        data: {
          subject: `Pre-order #${preorder.display_id} dibatalkan: hasil panen tidak cukup`,
          order_display_id: preorder.display_id,
          product: product_title,
          quantity: preorder.quantity,
          refunded: preorder.paid,
          message: `Maaf, hasil panen ${product_title} ternyata tidak cukup untuk semua pre-order. Pesanan #${preorder.display_id} (${preorder.quantity} × ${product_title}) kami batalkan. ${money}`,
        },
      },
    ]
  })
  sendNotificationsWhenConfiguredStep(notices)
  const preorderCanceled = createHook("preorderCanceled", { order_id: input.preorder.order_id })
  return new WorkflowResponse(input.preorder, { hooks: [preorderCanceled] })
})
