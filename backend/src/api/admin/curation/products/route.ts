import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { coordinatorAccess, type CoordinatorAccess } from "../../../../lib/coordinator/coordinator-access"
import { curationIdsInScope, type CurationScope } from "../../../../lib/curation/curation-scope"
import type { GraphRow } from "../../../../lib/query/graph-row"
import type { AdminListCurationQueryType } from "../validators"

/** The kecamatan a queue may show: a head's filter or none; a kecamatan coordinator's own, narrowed by the filter. */
function kecamatanInView(access: CoordinatorAccess, kecamatan: string | undefined): string[] | undefined {
  if (access.role === "head") return kecamatan ? [kecamatan] : undefined
  return kecamatan ? access.kecamatan_ids.filter((id) => id === kecamatan) : access.kecamatan_ids
}

function present({ product, ...curation }: GraphRow<"product_curation">) {
  const producer = product?.producer
  return {
    id: product?.id,
    title: product?.title,
    handle: product?.handle,
    thumbnail: product?.thumbnail ?? null,
    state: curation.state,
    licence_warning: curation.licence_warning,
    updated_at: curation.updated_at,
    producer: producer ? { id: producer.id, handle: producer.handle, business_name: producer.business_name, status: producer.status } : null,
    desa: producer?.desa ? { id: producer.desa.id, name: producer.desa.name } : null,
    kecamatan: producer?.desa?.kecamatan ?? null,
  }
}

/**
 * GET /admin/curation/products?status=&kecamatan=&producer=: the coordinator's
 * queue (a kecamatan coordinator: their kecamatan only), newest change first.
 * Filtered, ordered and paged by the database on the curation records, so a
 * page costs the same with a hundred products or ten thousand.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListCurationQueryType>, res: MedusaResponse) {
  const { status, kecamatan, producer } = req.validatedQuery
  const { skip, take } = req.queryConfig.pagination
  // A kecamatan asked for is looked up beside the coordinator's own access, which then only narrows it.
  const [access, inAskedKecamatan] = await Promise.all([
    coordinatorAccess(req.scope, req.auth_context.actor_id),
    kecamatan ? curationIdsInScope(req.scope, { kecamatanIds: [kecamatan], producerId: producer }) : undefined,
  ])
  const scope: CurationScope = { kecamatanIds: kecamatanInView(access, kecamatan), producerId: producer }
  let inScope: string[] | undefined
  if (kecamatan) inScope = scope.kecamatanIds!.length ? inAskedKecamatan : []
  else if (scope.kecamatanIds || scope.producerId) inScope = await curationIdsInScope(req.scope, scope)
  if (inScope && !inScope.length) {
    res.json({ products: [], count: 0, limit: take, offset: skip })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "product_curation",
    fields: req.queryConfig.fields,
    filters: { ...(status ? { state: status } : {}), ...(inScope ? { id: inScope } : {}) },
    pagination: { skip, take, order: { updated_at: "DESC", id: "DESC" } },
  })
  res.json({ products: data.map(present), count: metadata?.count ?? data.length, limit: take, offset: skip })
}
