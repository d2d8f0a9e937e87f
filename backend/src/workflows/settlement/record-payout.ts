import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { SettlementEvents } from "../../lib/events"
import type { PayoutRecordedEvent } from "./steps/build-payout-notice"
import { checkPayoutStep, payoutSourceKey, type PayoutInput } from "./steps/check-payout"
import { writeSettlementEntriesStep, type NewSettlementEntry } from "./steps/write-settlement-entries"

export const recordPayoutWorkflowId = "record-payout"

/**
 * A coordinator records money paid out to a producer (a bank transfer from the
 * centre): a debit of the amount, never above the balance, once per reference.
 * Payouts of one producer are taken one at a time, so two at once cannot both
 * pass the balance check. Ends with settlement.payout_recorded, on which the
 * producer hears of it (notify-producer-of-payout).
 *
 * @example
 * await recordPayoutWorkflow(container).run({ input: { producer_id: "prdc_1", amount: 50000, reference: "TRF-0412", paid_on: "2026-12-04", actor_id: "user_1" } })
 */
export const recordPayoutWorkflow = createWorkflow(recordPayoutWorkflowId, (input: PayoutInput) => {
  const key = transform({ input }, ({ input }) => `settlement:producer:${input.producer_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60 })
  checkPayoutStep(input)
  const entry = transform({ input }, ({ input }): NewSettlementEntry => ({
    producer_id: input.producer_id,
    kind: "payout",
    amount: -input.amount,
    note: `Dibayarkan ${input.paid_on}, referensi ${input.reference}`,
    source_key: payoutSourceKey(input),
    created_by: input.actor_id,
  }))
  const written = writeSettlementEntriesStep(transform({ entry }, ({ entry }) => [entry]))
  releaseLockStep({ key })
  // Only a payout written now is announced: the same reference again writes nothing and says nothing.
  emitEventStep({
    eventName: SettlementEvents.PAYOUT_RECORDED,
    data: transform({ written, input }, ({ written, input }) =>
      written.map((row): PayoutRecordedEvent => ({ id: row.id, producer_id: row.producer_id, reference: input.reference, paid_on: input.paid_on }))
    ),
  })
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ source_key: payoutSourceKey(input) })))
})
