import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"

/** Paging of a producer's settlement entries, newest first. */
export const SettlementPageQuery = z.strictObject({
  limit: z.coerce
    .number({ message: "limit: harus angka / must be a number" })
    .int("limit: harus bilangan bulat / whole number")
    .min(1, "limit: paling sedikit 1 / at least 1")
    .max(100, "limit: paling banyak 100 / at most 100")
    .default(50),
  offset: z.coerce
    .number({ message: "offset: harus angka / must be a number" })
    .int("offset: harus bilangan bulat / whole number")
    .min(0, "offset: tidak boleh negatif / cannot be negative")
    .default(0),
})
export type SettlementPageQueryType = z.infer<typeof SettlementPageQuery>

/**
 * What the centre owes one producer and why: the balance (the sum of every
 * entry, not only this page's) and the entries, newest first.
 */
export async function settlementOf(container: MedusaContainer, producerId: string, page: SettlementPageQueryType) {
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const [[entries, count], balances] = await Promise.all([
    settlement.listAndCountSettlementEntries(
      { producer_id: producerId },
      {
        select: ["id", "kind", "amount", "order_id", "order_display_id", "note", "created_at"],
        order: { created_at: "DESC", id: "DESC" },
        take: page.limit,
        skip: page.offset,
      }
    ),
    settlement.balancesOf([producerId]),
  ])
  return { balance: balances.get(producerId) ?? 0, currency_code: "idr", entries, count, limit: page.limit, offset: page.offset }
}
