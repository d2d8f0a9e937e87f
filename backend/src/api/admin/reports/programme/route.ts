import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { programmeReport } from "../../../../lib/reports/programme"
import type { AdminProgrammeQueryType } from "../validators"

/** GET /admin/reports/programme?kecamatan_id=&months=: the programme's figures per kecamatan and desa of the coordinator's territory. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminProgrammeQueryType>, res: MedusaResponse) {
  res.json(await programmeReport(req.scope, req.auth_context.actor_id, req.validatedQuery))
}
