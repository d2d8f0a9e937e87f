import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { coordinatorHistory } from "../../../../../lib/audit/history"
import { coordinatorView } from "../../../../../lib/coordinator/coordinator-view"

/** GET /admin/coordinators/:id/history: each change of the coordinator's role and kecamatan, newest first, by whom. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await coordinatorView(req.scope, req.params.id)
  res.json({ history: await coordinatorHistory(req.scope, req.params.id) })
}
