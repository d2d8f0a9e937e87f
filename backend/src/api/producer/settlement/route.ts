import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { settlementOf, type SettlementPageQueryType } from "../../../lib/settlement/settlement-view"

/** GET /producer/settlement?limit=&offset=: what the centre owes the signed-in producer, and each sale, fee, refund and payout. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, SettlementPageQueryType>, res: MedusaResponse) {
  res.json(await settlementOf(req.scope, req.auth_context.actor_id, req.validatedQuery))
}
