import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { monthlyStatementOf, type StatementQueryType } from "../../../../lib/settlement/monthly-statement"

/** GET /producer/settlement/statement?month=2026-12: the signed-in producer's statement of one month in WIB, for printing and the CSV. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StatementQueryType>, res: MedusaResponse) {
  res.json(await monthlyStatementOf(req.scope, req.auth_context.actor_id, req.validatedQuery.month))
}
