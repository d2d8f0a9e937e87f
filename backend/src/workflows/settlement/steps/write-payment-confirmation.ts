import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../../modules/settlement"
import type SettlementModuleService from "../../../modules/settlement/service"
import type { PaymentConfirmationInput, PaymentConfirmationPlan } from "./check-payment-confirmation"

export const writePaymentConfirmationStepId = "write-payment-confirmation"

/** Records the money received (unless this request already did); undone by deleting it, so a failed capture leaves no record. */
export const writePaymentConfirmationStep = createStep(
  writePaymentConfirmationStepId,
  async ({ input, plan }: { input: PaymentConfirmationInput; plan: PaymentConfirmationPlan }, { container }) => {
    if (plan.already_recorded) return new StepResponse(null, null)
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const created = await settlement.createPaymentConfirmations({
      order_id: input.order_id,
      order_display_id: plan.order_display_id,
      payment_id: plan.payment_id,
      method: plan.method,
      amount: input.amount,
      received_on: input.received_on,
      collected_by: input.collected_by ?? null,
      note: input.note ?? null,
      confirmed_by: input.actor_id,
      request_key: input.request_key,
    })
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (createdId) await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).deletePaymentConfirmations(createdId)
  }
)
