import type { MedusaContainer } from "@medusajs/framework/types"
import { z } from "@medusajs/framework/zod"
import { TEXT_LIMITS } from "../input-limits"
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
 * entry, not only this page's), the bank account payouts go to (and whether a
 * coordinator confirmed it), and the entries, newest first.
 */
export async function settlementOf(container: MedusaContainer, producerId: string, page: SettlementPageQueryType) {
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const [[entries, count], balances, [account]] = await Promise.all([
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
    settlement.listPayoutAccounts({ producer_id: producerId }, { select: ["bank", "number", "holder", "confirmed_at"] }),
  ])
  return {
    balance: balances.get(producerId) ?? 0,
    currency_code: "idr",
    account: account ? { bank: account.bank, number: account.number, holder: account.holder, confirmed: Boolean(account.confirmed_at) } : null,
    entries,
    count,
    limit: page.limit,
    offset: page.offset,
  }
}

/** The bank account a producer gives for payouts. */
export const PayoutAccountBody = z.strictObject({
  bank: z
    .string({ message: "bank: tulis nama bank / bank name" })
    .trim()
    .min(2, "bank: tulis nama bank / bank name")
    .max(60, "bank: paling banyak 60 huruf / too long"),
  number: z
    .string({ message: "number: tulis nomor rekening / account number" })
    .trim()
    .transform((value) => value.replace(/[\s.-]/g, ""))
    .pipe(z.string().regex(/^\d{6,20}$/, "number: nomor rekening 6 sampai 20 angka / 6 to 20 digits")),
  holder: z
    .string({ message: "holder: tulis nama pemilik rekening / account holder" })
    .trim()
    .min(3, "holder: tulis nama pemilik rekening / account holder")
    .max(TEXT_LIMITS.accountHolder, `holder: paling banyak ${TEXT_LIMITS.accountHolder} huruf / too long`),
})
export type PayoutAccountBodyType = z.infer<typeof PayoutAccountBody>
