import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { coordinatorAccess } from "../../../../lib/coordinator/coordinator-access"
import { producerIdsIn } from "../../../../lib/coordinator/kecamatan-of"
import { SETTLEMENT_MODULE } from "../../../../modules/settlement"
import type SettlementModuleService from "../../../../modules/settlement/service"
import type { AdminListBalancesQueryType } from "../validators"

/** The producers a coordinator may see, narrowed to one kecamatan when asked; null for every producer. */
async function producerScope(req: AuthenticatedMedusaRequest<unknown, AdminListBalancesQueryType>): Promise<string[] | null> {
  const access = await coordinatorAccess(req.scope, req.auth_context.actor_id)
  const territory = access.role === "head" ? null : await producerIdsIn(req.scope, access.kecamatan_ids)
  const { kecamatan_id } = req.validatedQuery
  if (!kecamatan_id) return territory
  const asked = await producerIdsIn(req.scope, [kecamatan_id])
  return territory ? asked.filter((id) => territory.includes(id)) : asked
}

/**
 * GET /admin/settlement/balances?kecamatan_id=&limit=&offset=: what the centre
 * owes each producer the coordinator works with (a kecamatan coordinator: those
 * of their kecamatan), by business name.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListBalancesQueryType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const ids = await producerScope(req)
  // An empty id list must mean no producer, never "no filter".
  if (ids?.length === 0) {
    res.json({ balances: [], count: 0, limit, offset })
    return
  }
  const { data: producers, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: ["id", "handle", "business_name", "status", "desa.name", "desa.kecamatan_id"],
    filters: ids ? { id: ids } : {},
    pagination: { skip: offset, take: limit, order: { business_name: "ASC", id: "ASC" } },
  })
  const balances = await req.scope.resolve<SettlementModuleService>(SETTLEMENT_MODULE).balancesOf(producers.map((producer) => producer.id))
  res.json({
    balances: producers.map((producer) => ({ producer, balance: balances.get(producer.id) ?? 0 })),
    count: metadata?.count ?? producers.length,
    limit,
    offset,
  })
}
