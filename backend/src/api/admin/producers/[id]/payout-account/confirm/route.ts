import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { settlementOf } from "../../../../../../lib/settlement/settlement-view"
import { confirmProducerPayoutAccountWorkflow } from "../../../../../../workflows/settlement/set-payout-account"
import { requireProducer } from "../../../require-producer"

/** POST /admin/producers/:id/payout-account/confirm: the coordinator checked the account's holder against the producer. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await requireProducer(req.scope, req.params.id)
  const { result } = await confirmProducerPayoutAccountWorkflow(req.scope).run({ input: { producer_id: req.params.id, actor_id: req.auth_context.actor_id } })
  if (!result) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Produsen belum mengisi rekening bank: belum ada yang bisa dikonfirmasi.")
  res.json(await settlementOf(req.scope, req.params.id, { limit: 20, offset: 0 }))
}
