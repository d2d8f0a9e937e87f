import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProducerWorkflow } from "../../../workflows/producer/update-producer"
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

/** POST /producer/me: edits the profile; licences go through the same checks as a coordinator's edit. */
export async function POST(req: AuthenticatedMedusaRequest<ProducerUpdateMeType>, res: MedusaResponse) {
  await updateProducerWorkflow(req.scope).run({ input: { id: req.auth_context.actor_id, update: req.validatedBody } })
  res.json({ producer: await retrieveMe(req) })
}
