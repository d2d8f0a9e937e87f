import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { updateProducerWorkflow } from "../../../../workflows/producer/update-producer"
import { ADMIN_PRODUCER_FIELDS } from "../query-config"
import type { AdminUpdateProducerType } from "../validators"

async function retrieveProducer(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "producer", fields: ADMIN_PRODUCER_FIELDS, filters: { id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produsen '${id}' tidak ditemukan / producer not found`)
  }
  return data[0]
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ producer: await retrieveProducer(req, req.params.id) })
}

/** POST /admin/producers/:id: updates profile, status or licences; an expired licence is refused. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateProducerType>, res: MedusaResponse) {
  await retrieveProducer(req, req.params.id)
  await updateProducerWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody, actor: { type: "user", id: req.auth_context.actor_id } },
  })
  res.json({ producer: await retrieveProducer(req, req.params.id) })
}
