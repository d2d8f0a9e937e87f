import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementOf, type PayoutAccountBodyType } from "../../../../lib/settlement/settlement-view"
import { saveProducerPayoutAccountWorkflow } from "../../../../workflows/settlement/set-payout-account"

/** POST /producer/settlement/account { bank, number, holder }: where the centre pays the producer; a change waits for a coordinator's confirmation. */
export async function POST(req: AuthenticatedMedusaRequest<PayoutAccountBodyType>, res: MedusaResponse) {
  await saveProducerPayoutAccountWorkflow(req.scope).run({ input: { producer_id: req.auth_context.actor_id, ...req.validatedBody } })
  res.json(await settlementOf(req.scope, req.auth_context.actor_id, { limit: 20, offset: 0 }))
}
