import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { transitionCurationWorkflow } from "../../../../../../workflows/curation/transition-curation"
import { ACTION_BY_SEGMENT, type AdminCurationActionType } from "../../../validators"
import { retrieveCurationDetail } from "../curation-detail"

/** POST /admin/curation/products/:id/approve|request-changes|reject|revoke with { reason }. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCurationActionType>, res: MedusaResponse) {
  const action = ACTION_BY_SEGMENT[req.params.action as keyof typeof ACTION_BY_SEGMENT]
  if (!action) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Aksi '${req.params.action}' tidak dikenal / unknown action: use ${Object.keys(ACTION_BY_SEGMENT).join(", ")}`
    )
  }
  // 404 for an unknown product; a kecamatan coordinator's territory was checked before (coordinator-middlewares.ts).
  await retrieveCurationDetail(req.scope, req.params.id)
  await transitionCurationWorkflow(req.scope).run({
    input: { product_ids: [req.params.id], action, reason: req.validatedBody.reason, actor: { type: "user", id: req.auth_context.actor_id } },
  })
  const { detail } = await retrieveCurationDetail(req.scope, req.params.id)
  res.json({ curation: detail.curation, history: detail.history })
}
