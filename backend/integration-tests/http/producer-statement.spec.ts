import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SETTLEMENT_MODULE } from "../../src/modules/settlement"
import type { SettlementKind } from "../../src/modules/settlement/models/settlement-entry"
import type SettlementModuleService from "../../src/modules/settlement/service"
import { backendTestRunner } from "../medusa-runner"
import { createTestDesa, createTestProducer, producerHeaders, type Headers } from "../producer-fixtures"
import { testsShareTheDatabase } from "../shared-database"

type Statement = {
  month: string
  currency_code: string
  opening_balance: number
  closing_balance: number
  totals: Record<SettlementKind, number>
  entries: Array<{ id: string; kind: SettlementKind; amount: number; order_display_id: number | null; note: string | null; created_at: string }>
}

const NO_TOTALS = { sale: 0, fee: 0, refund: 0, payout: 0, adjustment: 0 }
const MONTH_MESSAGE = "month: bulan berbentuk TTTT-BB, misalnya 2026-12 / month looks like 2026-12"

backendTestRunner(({ api, getContainer }) => {
  describe("a producer's monthly statement", () => {
    // Every test only reads the entries written once below.
    testsShareTheDatabase()
    let own: Headers
    let other: Headers

    const statement = async (month: string, auth = own) => (await api.get(`/producer/settlement/statement?month=${month}`, auth)).data as Statement
    const refused = (url: string) => api.get(url, own).catch((error: { response: { status: number; data: { message: string } } }) => error.response)

    beforeAll(async () => {
      const container = getContainer()
      const desaId = await createTestDesa(container)
      const ownId = await createTestProducer(container, desaId, "kopi-tegalombo")
      const otherId = await createTestProducer(container, desaId, "madu-hutan")
      own = await producerHeaders(container, api, "rekap@uji.test", ownId)
      other = await producerHeaders(container, api, "rekap-lain@uji.test", otherId)
      const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
      const sql = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      // Each entry at the instant it happened (UTC); the ledger stamps entries with now, so the test moves them back.
      const entries: Array<[string, string, SettlementKind, number, number | null]> = [
        [ownId, "2026-10-15T03:00:00Z", "sale", 100_000, 11],
        [ownId, "2026-10-15T03:00:01Z", "fee", -2_500, 11],
        [ownId, "2026-11-10T05:00:00Z", "sale", 50_000, 12],
        // 23:59:59 on 30 November in Pacitan: still November.
        [ownId, "2026-11-30T16:59:59Z", "payout", -80_000, null],
        // 01:00 on 1 December in Pacitan, though still 30 November in UTC.
        [ownId, "2026-11-30T18:00:00Z", "sale", 46_000, 13],
        [ownId, "2026-12-05T02:00:00Z", "refund", -46_000, 13],
        [ownId, "2026-12-31T16:59:00Z", "adjustment", 1_000, null],
        // 00:00 on 1 January 2027 in Pacitan.
        [ownId, "2026-12-31T17:00:00Z", "sale", 30_000, 14],
        [otherId, "2026-11-20T02:00:00Z", "sale", 999_000, 15],
      ]
      for (const [index, [producerId, at, kind, amount, displayId]] of entries.entries()) {
        const entry = await settlement.createSettlementEntries({
          producer_id: producerId,
          kind,
          amount,
          order_display_id: displayId,
          note: displayId ? `Catatan pesanan #${displayId}` : `Catatan ${kind}`,
          source_key: `rekap:uji:${index}`,
        })
        await sql.raw("update settlement_entry set created_at = ? where id = ?", [at, entry.id])
      }
    })

    it("opens November with what October left, lists the month oldest first, and closes with the opening plus the month", async () => {
      const november = await statement("2026-11")
      expect(november).toMatchObject({ month: "2026-11", currency_code: "idr", opening_balance: 97_500, closing_balance: 67_500 })
      expect(november.totals).toEqual({ ...NO_TOTALS, sale: 50_000, payout: -80_000 })
      expect(november.entries.map(({ kind, amount, order_display_id }) => ({ kind, amount, order_display_id }))).toEqual([
        { kind: "sale", amount: 50_000, order_display_id: 12 },
        { kind: "payout", amount: -80_000, order_display_id: null },
      ])
      expect(Object.keys(november.entries[0]).sort()).toEqual(["amount", "created_at", "id", "kind", "note", "order_display_id"])
    })

    it("counts months in Pacitan's time: 01:00 WIB on 1 December is December, 00:00 WIB on 1 January is January", async () => {
      const december = await statement("2026-12")
      expect(december).toMatchObject({ opening_balance: 67_500, closing_balance: 68_500 })
      expect(december.totals).toEqual({ ...NO_TOTALS, sale: 46_000, refund: -46_000, adjustment: 1_000 })
      expect(december.entries.map((entry) => [entry.kind, entry.created_at])).toEqual([
        ["sale", "2026-11-30T18:00:00.000Z"],
        ["refund", "2026-12-05T02:00:00.000Z"],
        ["adjustment", "2026-12-31T16:59:00.000Z"],
      ])
      expect(await statement("2027-01")).toMatchObject({ opening_balance: 68_500, closing_balance: 98_500, totals: { ...NO_TOTALS, sale: 30_000 } })
    })

    it("answers a month before the first entry and one yet to come, empty, with the balance carried", async () => {
      expect(await statement("2026-09")).toMatchObject({ opening_balance: 0, closing_balance: 0, totals: NO_TOTALS, entries: [] })
      expect(await statement("2099-12")).toMatchObject({ opening_balance: 98_500, closing_balance: 98_500, totals: NO_TOTALS, entries: [] })
    })

    it("never shows one producer another's entries, nor counts them in a balance", async () => {
      expect((await statement("2026-11")).entries.some((entry) => entry.amount === 999_000)).toBe(false)
      const theirs = await statement("2026-11", other)
      expect(theirs).toMatchObject({ opening_balance: 0, closing_balance: 999_000, totals: { ...NO_TOTALS, sale: 999_000 } })
      expect(theirs.entries.map((entry) => entry.order_display_id)).toEqual([15])
    })

    it.each(["", "month=2026-13", "month=2026-1", "month=26-12", "month=1999-12", "month=Desember", "month=2026-12-01"])(
      "refuses ?%s with 400 and says in Indonesian how a month is written",
      async (query) => {
        const response = await refused(`/producer/settlement/statement?${query}`)
        expect(response.status).toBe(400)
        expect(response.data.message).toBe(MONTH_MESSAGE)
      }
    )
  })
})
