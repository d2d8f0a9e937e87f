import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { SETTLEMENT_KINDS, type SettlementKind } from "../../modules/settlement/models/settlement-entry"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"
import { STATEMENT_MONTH, STATEMENT_MONTH_MESSAGE, wibMonthBounds } from "./statement-month"

/** `?month=2026-12`: the month of the statement, required (a month yet to come is simply empty). */
export const StatementQuery = z.strictObject({
  month: z.string({ message: STATEMENT_MONTH_MESSAGE }).regex(STATEMENT_MONTH, STATEMENT_MONTH_MESSAGE),
})
export type StatementQueryType = z.infer<typeof StatementQuery>

/**
 * One producer's statement of a month in WIB: what the centre owed them as the
 * month began, every entry of the month oldest first (a month of a village
 * producer is a few dozen lines, so no paging), each kind's total, and what it
 * owed as the month ended.
 */
export async function monthlyStatementOf(container: MedusaContainer, producerId: string, month: string) {
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const { start, end } = wibMonthBounds(month)
  const [openingBalance, entries] = await Promise.all([
    settlement.balanceBefore(producerId, start),
    settlement.listSettlementEntries(
      { producer_id: producerId, created_at: { $gte: start, $lt: end } },
      { select: ["id", "kind", "amount", "order_display_id", "note", "created_at"], order: { created_at: "ASC", id: "ASC" } }
    ),
  ])
  const totals = Object.fromEntries(SETTLEMENT_KINDS.map((kind) => [kind, 0])) as Record<SettlementKind, number>
  for (const entry of entries) totals[entry.kind] += Number(entry.amount)
  const monthSum = Object.values(totals).reduce((sum, total) => sum + total, 0)
  return {
    month,
    currency_code: "idr",
    opening_balance: openingBalance,
    closing_balance: openingBalance + monthSum,
    totals,
    entries: entries.map(({ id, kind, amount, order_display_id, note, created_at }) => ({
      id,
      kind,
      amount: Number(amount),
      order_display_id,
      note,
      created_at,
    })),
  }
}
