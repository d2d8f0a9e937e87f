import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eraseBuyerWorkflow } from "../../../../workflows/privacy/erase-buyer"
import type { AdminBuyerErasureType } from "../validators"

/**
 * POST /admin/data-requests/buyer-erasure { email, reason }: the buyer's name,
 * email, phone and addresses replaced everywhere, their login removed; orders
 * and producers' books keep their amounts. Answers what was changed.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminBuyerErasureType>, res: MedusaResponse) {
  const { result } = await eraseBuyerWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.json(result)
}
