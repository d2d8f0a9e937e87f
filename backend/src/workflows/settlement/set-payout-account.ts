import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"

export type PayoutAccountInput = { producer_id: string; bank: string; number: string; holder: string }

type StoredAccount = PayoutAccountInput & { id: string; confirmed_at: Date | null; confirmed_by: string | null }
/** What undoes the write: the account created, or the one it replaced. */
type AccountUndo = { created?: string; previous?: StoredAccount }

/**
 * Writes the producer's payout account. A changed bank, number or holder waits
 * for a coordinator's confirmation again; the same account sent again keeps its
 * confirmation. Undone by putting the old one back.
 */
const writePayoutAccountStep = createStep(
  "write-payout-account",
  async (input: PayoutAccountInput, { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const [current] = await settlement.listPayoutAccounts({ producer_id: input.producer_id })
    if (!current) {
      const created = await settlement.createPayoutAccounts({ ...input, confirmed_at: null, confirmed_by: null })
      return new StepResponse(created, { created: created.id } as AccountUndo)
    }
    const unchanged = current.bank === input.bank && current.number === input.number && current.holder === input.holder
    const updated = await settlement.updatePayoutAccounts({
      id: current.id,
      ...input,
      ...(unchanged ? {} : { confirmed_at: null, confirmed_by: null }),
    })
    return new StepResponse(updated, { previous: current } as AccountUndo)
  },
  async (undo, { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    if (undo?.created) await settlement.deletePayoutAccounts(undo.created)
    if (undo?.previous) {
      const { id, bank, number, holder, confirmed_at, confirmed_by } = undo.previous
      await settlement.updatePayoutAccounts({ id, bank, number, holder, confirmed_at, confirmed_by })
    }
  }
)

/**
 * A producer gives (or changes) the bank account the centre pays them into.
 *
 * @example
 * await saveProducerPayoutAccountWorkflow(container).run({ input: { producer_id: "prdc_1", bank: "BRI", number: "0123456789", holder: "Sutini" } })
 */
export const saveProducerPayoutAccountWorkflow = createWorkflow("save-producer-payout-account", (input: PayoutAccountInput) => {
  return new WorkflowResponse(writePayoutAccountStep(input))
})

/** Marks the producer's payout account confirmed by a coordinator; undone by clearing it again. */
const confirmPayoutAccountStep = createStep(
  "confirm-payout-account",
  async (input: { producer_id: string; actor_id: string }, { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const [current] = await settlement.listPayoutAccounts({ producer_id: input.producer_id })
    if (!current) return new StepResponse(null, null)
    const confirmed = await settlement.updatePayoutAccounts({ id: current.id, confirmed_at: new Date(), confirmed_by: input.actor_id })
    return new StepResponse(confirmed, { id: current.id, confirmed_at: current.confirmed_at, confirmed_by: current.confirmed_by })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<SettlementModuleService>(SETTLEMENT_MODULE).updatePayoutAccounts(previous)
  }
)

/**
 * A coordinator confirms the producer's payout account (the holder's name
 * checked against the producer); answers null when the producer has none.
 *
 * @example
 * await confirmProducerPayoutAccountWorkflow(container).run({ input: { producer_id: "prdc_1", actor_id: "user_1" } })
 */
export const confirmProducerPayoutAccountWorkflow = createWorkflow("confirm-producer-payout-account", (input: { producer_id: string; actor_id: string }) => {
  return new WorkflowResponse(confirmPayoutAccountStep(input))
})
