import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { coordinatorView } from "../../../../lib/coordinator/coordinator-view"

/** GET /admin/coordinators/me: the signed-in coordinator's role and kecamatan, for the admin pages. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ coordinator: await coordinatorView(req.scope, req.auth_context.actor_id) })
}
