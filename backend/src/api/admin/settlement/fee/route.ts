import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SETTLEMENT_MODULE } from "../../../../modules/settlement"
import type SettlementModuleService from "../../../../modules/settlement/service"
import { setSettlementFeeWorkflow } from "../../../../workflows/settlement/set-settlement-fee"
import type { AdminSetFeeType } from "../validators"

const answer = (basisPoints: number) => ({ fee: { percent: basisPoints / 100, basis_points: basisPoints } })

/** GET /admin/settlement/fee: the OK OCE fee kept from each sale from now on. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(answer(await req.scope.resolve<SettlementModuleService>(SETTLEMENT_MODULE).feeBasisPoints()))
}

/** POST /admin/settlement/fee { percent }: the head coordinator's; sales already credited keep the fee they had. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetFeeType>, res: MedusaResponse) {
  const { result } = await setSettlementFeeWorkflow(req.scope).run({
    input: { basis_points: Math.round(req.validatedBody.percent * 100), actor_id: req.auth_context.actor_id },
  })
  res.json(answer(result))
}
