import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementOf, type SettlementPageQueryType } from "../../../../../lib/settlement/settlement-view"
import { requireProducer } from "../../require-producer"

/** GET /admin/producers/:id/settlement: what the centre owes the producer, as the producer sees it. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SettlementPageQueryType>, res: MedusaResponse) {
  await requireProducer(req.scope, req.params.id)
  res.json(await settlementOf(req.scope, req.params.id, req.validatedQuery))
}
