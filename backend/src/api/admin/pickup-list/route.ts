import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pickupList } from "../../../lib/order/pickup-list"
import { pacitanDay } from "../../../lib/time/pacitan-day"
import type { AdminCashListQueryType } from "../payment-confirmations/validators"

/** GET /admin/pickup-list?date=YYYY-MM-DD: the producers' packed parts to collect that day, by desa and producer, in the coordinator's territory. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminCashListQueryType>, res: MedusaResponse) {
  res.json(await pickupList(req.scope, req.auth_context.actor_id, req.validatedQuery.date ?? pacitanDay()))
}
