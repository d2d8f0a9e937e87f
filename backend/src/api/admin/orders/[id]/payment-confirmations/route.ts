import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { coordinatorAccess } from "../../../../../lib/coordinator/coordinator-access"
import { namesOf } from "../../../../../lib/coordinator/coordinator-names"
import { describeOrderMoney } from "../../../../../lib/settlement/order-money"
import { readOrderMoney, type OrderMoneyView } from "../../../../../lib/settlement/read-order-money"
import { confirmPaymentWorkflow } from "../../../../../workflows/settlement/confirm-payment"
import type { AdminConfirmPaymentType } from "../../../payment-confirmations/validators"

async function orderMoneyOrNotFound(req: AuthenticatedMedusaRequest<unknown>): Promise<OrderMoneyView> {
  const view = await readOrderMoney(req.scope, req.params.id)
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pesanan ${req.params.id} tidak ditemukan / order not found`)
  return view
}

/** The view with what to tell the coordinator, and each confirmation's coordinator by name. */
async function answer(req: AuthenticatedMedusaRequest<unknown>, view: OrderMoneyView) {
  const names = await namesOf(
    req.scope,
    view.confirmations.map((confirmation) => confirmation.confirmed_by)
  )
  return {
    ...view,
    confirmations: view.confirmations.map((confirmation) => ({
      ...confirmation,
      confirmed_by_name: names.get(confirmation.confirmed_by) ?? confirmation.confirmed_by,
    })),
    message: view.money ? describeOrderMoney(view.money) : null,
  }
}

/** GET /admin/orders/:id/payment-confirmations: the order's transfer or cash payment, every confirmation of money received, and what is still owed or to give back. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await answer(req, await orderMoneyOrNotFound(req)))
}

/**
 * POST /admin/orders/:id/payment-confirmations { amount, received_on, collected_by?, note?, request_key }:
 * money received for the order. Transfers arrive in the centre's one account,
 * so only a head coordinator confirms them; cash is recorded by the
 * coordinator of the order's kecamatan too (the territory check runs before).
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminConfirmPaymentType>, res: MedusaResponse) {
  const before = await orderMoneyOrNotFound(req)
  if (before.payment?.method === "bank_transfer" && (await coordinatorAccess(req.scope, req.auth_context.actor_id)).role !== "head") {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      "Transfer masuk ke rekening pusat: hanya koordinator kabupaten yang mencatatnya / only the head coordinator confirms transfers"
    )
  }
  const { result } = await confirmPaymentWorkflow(req.scope).run({
    input: { order_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.status(result.already_recorded ? 200 : 201).json(await answer(req, await orderMoneyOrNotFound(req)))
}
