import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { coordinatorAccess } from "../../../lib/coordinator/coordinator-access"
import { producerIdsIn } from "../../../lib/coordinator/kecamatan-of"
import { createProducersWorkflow } from "../../../workflows/producer/create-producers"
import { ADMIN_PRODUCER_FIELDS } from "./admin-fields"
import type { AdminCreateProducerType } from "./validators"

/** GET /admin/producers: the producers the coordinator works with (a kecamatan coordinator: those of their kecamatan), with desa and stock location. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const access = await coordinatorAccess(req.scope, req.auth_context.actor_id)
  const ids = access.role === "head" ? null : await producerIdsIn(req.scope, access.kecamatan_ids)
  // An empty id list must mean no producer, never "no filter".
  const { data: producers } =
    ids?.length === 0 ? { data: [] } : await query.graph({ entity: "producer", fields: ADMIN_PRODUCER_FIELDS, filters: ids ? { id: ids } : {} })
  res.json({ producers, count: producers.length })
}

/** POST /admin/producers: creates a producer with its own stock location, linked to its desa (an unknown desa or a taken handle: 400). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateProducerType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { result } = await createProducersWorkflow(req.scope).run({ input: { producers: [req.validatedBody] } })
  const { data } = await query.graph({ entity: "producer", fields: ADMIN_PRODUCER_FIELDS, filters: { id: result[0].id } })
  res.status(201).json({ producer: data[0] })
}
