import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pacitanDay } from "../../../../../lib/time/pacitan-day"
import { csvRows } from "../../../../../lib/text/csv-field"
import { programmeCsvRows, programmeReport } from "../../../../../lib/reports/programme"
import type { AdminProgrammeQueryType } from "../../validators"

/** GET /admin/reports/programme/export?kecamatan_id=&months=: the same figures as a CSV, for the programme's own reports. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminProgrammeQueryType>, res: MedusaResponse) {
  const report = await programmeReport(req.scope, req.auth_context.actor_id, req.validatedQuery)
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="program-ok-oce-${pacitanDay()}.csv"`)
  res.send(csvRows(programmeCsvRows(report)))
}
