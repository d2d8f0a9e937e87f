import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementOf } from "../../../../../lib/settlement/settlement-view"
import { recordPayoutWorkflow } from "../../../../../workflows/settlement/record-payout"
import { requireProducer } from "../../require-producer"
import type { AdminRecordPayoutType } from "../../validators"

/**
 * POST /admin/producers/:id/payouts { amount, reference, paid_on }: records money
 * the centre paid the producer. Never above the balance; the same reference
 * again records nothing more. Answers the producer's settlement afterwards.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordPayoutType>, res: MedusaResponse) {
  await requireProducer(req.scope, req.params.id)
  await recordPayoutWorkflow(req.scope).run({ input: { producer_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.status(201).json(await settlementOf(req.scope, req.params.id, { limit: 20, offset: 0 }))
}
