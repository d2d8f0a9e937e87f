import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { producersInScope } from "../../../../lib/coordinator/producers-in-scope"
import { csvRows } from "../../../../lib/text/csv-field"
import { SETTLEMENT_MODULE } from "../../../../modules/settlement"
import type SettlementModuleService from "../../../../modules/settlement/service"
import type { AdminBankExportQueryType } from "../validators"

/**
 * GET /admin/settlement/bank-export?kecamatan_id=: a CSV for the bank's bulk
 * transfer, one row per producer the centre owes money to and whose account a
 * coordinator confirmed: producer, bank, account number, holder, amount (whole
 * rupiah). Producers owed money without a confirmed account are left out.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminBankExportQueryType>, res: MedusaResponse) {
  const ids = await producersInScope(req.scope, req.auth_context.actor_id, req.validatedQuery.kecamatan_id)
  const settlement = req.scope.resolve<SettlementModuleService>(SETTLEMENT_MODULE)
  const accounts = ids?.length === 0 ? [] : await settlement.listPayoutAccounts({ ...(ids ? { producer_id: ids } : {}), confirmed_at: { $ne: null } })
  const balances = await settlement.balancesOf(accounts.map((account) => account.producer_id))
  const owed = accounts.filter((account) => (balances.get(account.producer_id) ?? 0) > 0)
  const { data: producers } = owed.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "producer",
        fields: ["id", "business_name"],
        filters: { id: owed.map((account) => account.producer_id) },
      })
    : { data: [] }
  const names = new Map(producers.map((producer) => [producer.id, producer.business_name]))
  const rows = owed
    .map((account) => [names.get(account.producer_id) ?? account.producer_id, account.bank, account.number, account.holder, balances.get(account.producer_id)!])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0]), "id"))
  res.setHeader("content-type", "text/csv; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="pembayaran-produsen-${new Date().toISOString().slice(0, 10)}.csv"`)
  res.send(csvRows([["produsen", "bank", "nomor_rekening", "atas_nama", "jumlah"], ...rows]))
}
