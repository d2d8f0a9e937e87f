import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producersInScope } from "../../../lib/coordinator/producers-in-scope"
import { createProducersWorkflow } from "../../../workflows/producer/create-producers"
import { ADMIN_PRODUCER_FIELDS } from "./query-config"
import { containsPattern } from "../../../lib/text/like-pattern"
import { expiringLicenceFilter, licenceToday } from "../../../modules/producer/licence-expiry"
import type { AdminCreateProducerType, AdminListProducersQueryType } from "./validators"

/**
 * GET /admin/producers?q=&status=&kecamatan_id=&licence=expiring: the
 * producers the coordinator works with (a kecamatan coordinator: those of
 * their kecamatan, whatever kecamatan they ask for), with desa and stock
 * location, by business name. `licence=expiring` keeps those with a P-IRT or
 * halal licence that has expired or runs out within the daily licence check's
 * warning days. The search, the filters, the order and the page are the
 * database's.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListProducersQueryType>, res: MedusaResponse) {
  const { q, status, kecamatan_id, licence } = req.validatedQuery
  const { skip, take } = req.queryConfig.pagination
  const ids = await producersInScope(req.scope, req.auth_context.actor_id, kecamatan_id)
  // An empty id list must mean no producer, never "no filter".
  if (ids?.length === 0) {
    res.json({ producers: [], count: 0, limit: take, offset: skip })
    return
  }
  const pattern = q ? containsPattern(q) : undefined
  // Both the search and the licence filter are an $or: each goes into the $and on its own.
  const either = [
    ...(pattern ? [{ $or: [{ business_name: { $ilike: pattern } }, { owner_name: { $ilike: pattern } }, { handle: { $ilike: pattern } }] }] : []),
    ...(licence === "expiring" ? [expiringLicenceFilter(licenceToday())] : []),
  ]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: producers, metadata } = await query.graph({
    entity: "producer",
    // The same fields as for one producer; the query config pages the list.
    fields: ADMIN_PRODUCER_FIELDS,
    filters: {
      ...(ids ? { id: ids } : {}),
      ...(status ? { status } : {}),
      ...(either.length ? { $and: either } : {}),
    },
    pagination: { skip, take, order: { business_name: "ASC", id: "ASC" } },
  })
  res.json({ producers, count: metadata?.count ?? producers.length, limit: take, offset: skip })
}

/** POST /admin/producers: creates a producer with its own stock location, linked to its desa (an unknown desa or a taken handle: 400). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateProducerType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { result } = await createProducersWorkflow(req.scope).run({ input: { producers: [req.validatedBody] } })
  const { data } = await query.graph({ entity: "producer", fields: ADMIN_PRODUCER_FIELDS, filters: { id: result[0].id } })
  res.status(201).json({ producer: data[0] })
}
