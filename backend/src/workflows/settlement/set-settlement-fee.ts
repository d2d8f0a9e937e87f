import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import SettlementModuleService, { POLICY_ID } from "../../modules/settlement/service"

type FeeInput = { basis_points: number; actor_id: string }

/** Writes the centre's one policy row; undone by putting back the fee it had (or none). */
const writeSettlementFeeStep = createStep(
  "write-settlement-fee",
  async (input: FeeInput, { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    const [policy] = await settlement.listSettlementPolicies({ id: POLICY_ID })
    const values = { fee_basis_points: input.basis_points, updated_by: input.actor_id }
    if (policy) await settlement.updateSettlementPolicies({ id: POLICY_ID, ...values })
    else await settlement.createSettlementPolicies({ id: POLICY_ID, ...values })
    return new StepResponse(input.basis_points, policy ? { fee_basis_points: policy.fee_basis_points, updated_by: policy.updated_by } : null)
  },
  async (previous, { container }) => {
    const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
    if (previous) await settlement.updateSettlementPolicies({ id: POLICY_ID, ...previous })
    else if (previous === null) await settlement.deleteSettlementPolicies(POLICY_ID)
  }
)

/**
 * The head coordinator sets the OK OCE fee kept from each sale captured from
 * now on, in basis points (250 = 2.5%); sales already credited keep theirs.
 *
 * @example
 * await setSettlementFeeWorkflow(container).run({ input: { basis_points: 250, actor_id: "user_1" } })
 */
export const setSettlementFeeWorkflow = createWorkflow("set-settlement-fee", (input: FeeInput) => {
  return new WorkflowResponse(writeSettlementFeeStep(input))
})
