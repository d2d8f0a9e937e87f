import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cashList } from "../../../lib/settlement/confirmation-history"
import { pacitanDay } from "../../../lib/time/pacitan-day"
import type { AdminCashListQueryType } from "../payment-confirmations/validators"

/** GET /admin/cash-list?date=YYYY-MM-DD: the day's cash by courier or pickup point (today, in Pacitan, by default). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminCashListQueryType>, res: MedusaResponse) {
  res.json(await cashList(req.scope, req.validatedQuery.date ?? pacitanDay()))
}
