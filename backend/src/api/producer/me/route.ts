import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProducerProfileWorkflow } from "../../../workflows/producer-profile/update-producer-profile"
import { PRODUCER_ME_FIELDS, type ProducerUpdateMeType } from "./validators"

async function retrieveMe(req: AuthenticatedMedusaRequest) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: PRODUCER_ME_FIELDS, filters: { id: req.auth_context.actor_id } })
  return data[0]
}

/** GET /producer/me: the signed-in producer's profile and licences. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ producer: await retrieveMe(req) })
}

/**
 * POST /producer/me: edits the profile. Licences go through the same checks as
 * a coordinator's edit, and approved products that no longer pass the approval
 * checks go back to review (their ids in `products_sent_back_to_review`).
 */
export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateMeType>, res: MedusaResponse) {
  const today = new Date().toISOString().slice(0, 10)
  const { result } = await updateProducerProfileWorkflow(req.scope).run({ input: { producer_id: req.auth_context.actor_id, update: req.validatedBody, today } })
  res.json({ producer: await retrieveMe(req), products_sent_back_to_review: result.sent_back_to_review })
}
