import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producersInScope } from "../../../../lib/coordinator/producers-in-scope"
import { SETTLEMENT_MODULE } from "../../../../modules/settlement"
import type SettlementModuleService from "../../../../modules/settlement/service"
import type { AdminListBalancesQueryType } from "../validators"

/**
 * GET /admin/settlement/balances?kecamatan_id=&limit=&offset=: what the centre
 * owes each producer the coordinator works with (a kecamatan coordinator: those
 * of their kecamatan), by business name, with the bank account payouts go to
 * and whether a coordinator confirmed it.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListBalancesQueryType>, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery
  const ids = await producersInScope(req.scope, req.auth_context.actor_id, req.validatedQuery.kecamatan_id)
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
  const settlement = req.scope.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const pageIds = producers.map((producer) => producer.id)
  const [balances, accounts] = await Promise.all([
    settlement.balancesOf(pageIds),
    pageIds.length ? settlement.listPayoutAccounts({ producer_id: pageIds }, { select: ["producer_id", "bank", "number", "holder", "confirmed_at"] }) : [],
  ])
  const accountOf = new Map(
    accounts.map((account) => [
      account.producer_id,
      { bank: account.bank, number: account.number, holder: account.holder, confirmed: Boolean(account.confirmed_at) },
    ])
  )
  res.json({
    balances: producers.map((producer) => ({ producer, balance: balances.get(producer.id) ?? 0, account: accountOf.get(producer.id) ?? null })),
    count: metadata?.count ?? producers.length,
    limit,
    offset,
  })
}
