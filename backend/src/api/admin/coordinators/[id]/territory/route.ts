import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { coordinatorView } from "../../../../../lib/coordinator/coordinator-view"
import { assignCoordinatorWorkflow } from "../../../../../workflows/coordinator/assign-coordinator"
import type { AdminAssignTerritoryType } from "../../../curation/validators"

/** GET /admin/coordinators/:id/territory: the coordinator's role and kecamatan. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { role, kecamatan } = await coordinatorView(req.scope, req.params.id)
  res.json({ role, kecamatan })
}

/** POST /admin/coordinators/:id/territory { role, kecamatan_ids }: a head coordinator sets a coordinator's role and kecamatan. */
export async function POST(req: AuthenticatedMedusaRequest<AdminAssignTerritoryType>, res: MedusaResponse) {
  const { role, kecamatan_ids } = req.validatedBody
  await assignCoordinatorWorkflow(req.scope).run({
    input: { user_id: req.params.id, role, kecamatan_ids, actor: { type: "user", id: req.auth_context.actor_id } },
  })
  const view = await coordinatorView(req.scope, req.params.id)
  res.json({ role: view.role, kecamatan: view.kecamatan })
}
