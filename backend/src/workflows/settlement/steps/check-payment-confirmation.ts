import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { completesPayment, orderMoney } from "../../../lib/settlement/order-money"
import { readOrderMoney } from "../../../lib/settlement/read-order-money"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import type { ConfirmedMethod } from "../../../modules/settlement/models/payment-confirmation"

export type PaymentConfirmationInput = {
  order_id: string
  amount: number
  received_on: string
  collected_by?: string | null
  note?: string | null
  request_key: string
  actor_id: string
}

export type PaymentConfirmationPlan = {
  already_recorded: boolean
  payment_id: string
  method: ConfirmedMethod
  order_display_id: number
  /** The money is all there with this confirmation: the payment is captured (and the producers credited). */
  capture: boolean
}

export const checkPaymentConfirmationStepId = "check-payment-confirmation"

/**
 * Money is recorded only for an order paid by transfer or cash; cash names who
 * collected it. Taken under the order's lock, so two coordinators confirming
 * the same order at once cannot both decide to capture. The same request sent
 * again passes and records nothing more.
 */
export const checkPaymentConfirmationStep = createStep(checkPaymentConfirmationStepId, async (input: PaymentConfirmationInput, { container }) => {
  const view = await readOrderMoney(container, input.order_id)
  if (!view) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pesanan ${input.order_id} tidak ditemukan / order not found`)
  const { payment, money } = view
  if (!payment || !money) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Pesanan ini tidak dibayar dengan transfer bank atau tunai: pembayarannya tercatat sendiri / this order was not paid by transfer or cash"
    )
  }
  if (payment.method === "cash_on_delivery" && !input.collected_by) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "collected_by: tulis siapa yang menerima uang tunai (kurir atau titik ambil) / who collected the cash"
    )
  }
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const [recorded] = await settlement.listPaymentConfirmations({ request_key: input.request_key }, { select: ["order_id"] })
  if (recorded && recorded.order_id !== input.order_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "request_key: kunci ini sudah dipakai untuk pesanan lain / this key was used for another order")
  }
  const after = orderMoney({ due: money.due, received: money.received + (recorded ? 0 : input.amount), captured: payment.captured, canceled: money.canceled })
  return new StepResponse<PaymentConfirmationPlan>({
    already_recorded: Boolean(recorded),
    payment_id: payment.id,
    method: payment.method,
    order_display_id: view.order.display_id,
    capture: completesPayment(after, payment.captured),
  })
})
