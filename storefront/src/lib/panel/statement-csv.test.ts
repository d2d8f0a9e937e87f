import { describe, expect, it } from "vitest"
import { statementCsv, statementFileName } from "./statement-csv"
import type { MonthlyStatement } from "./statement"

const december: MonthlyStatement = {
  month: "2026-12",
  currency_code: "idr",
  opening_balance: 67_500,
  closing_balance: 68_500,
  totals: { sale: 46_000, fee: 0, refund: -46_000, payout: 0, adjustment: 1_000 },
  entries: [
    { id: "stle_1", kind: "sale", amount: 46_000, order_display_id: 13, note: "Penjualan pesanan #13", created_at: "2026-11-30T18:00:00.000Z" },
    { id: "stle_2", kind: "refund", amount: -46_000, order_display_id: 13, note: 'Pengembalian "sebagian"', created_at: "2026-12-05T02:00:00.000Z" },
    { id: "stle_3", kind: "adjustment", amount: 1_000, order_display_id: null, note: '=HYPERLINK("http://contoh.id")', created_at: "2026-12-31T16:59:00.000Z" },
  ],
}

describe("the monthly statement as CSV", () => {
  const lines = statementCsv(december).split("\r\n")

  it("has the header, the opening balance, each entry in WIB oldest first, then the closing balance, every field quoted", () => {
    expect(lines).toEqual([
      '"tanggal","jenis","pesanan","keterangan","jumlah"',
      '"2026-12-01","Saldo awal","","","67500"',
      '"2026-12-01 01:00","Penjualan","#13","Penjualan pesanan #13","46000"',
      '"2026-12-05 09:00","Pengembalian dana","#13","Pengembalian ""sebagian""","-46000"',
      '"2026-12-31 23:59","Penyesuaian","","\'=HYPERLINK(""http://contoh.id"")","1000"',
      '"2026-12-31","Saldo akhir","","","68500"',
      "",
    ])
  })

  it("defuses a note that starts with a formula character but keeps a debit a plain negative number", () => {
    expect(lines[4]).toContain(`"'=HYPERLINK(`)
    expect(lines[3].endsWith(',"-46000"')).toBe(true)
  })

  it("names the file after the producer's handle and the month, and falls back to the id", () => {
    expect(statementFileName({ handle: "kopi-gemaharjo", id: "prod_1" }, "2026-12")).toBe("saldo-kopi-gemaharjo-2026-12.csv")
    expect(statementFileName({ handle: null, id: "prod_01ABC" }, "2026-12")).toBe("saldo-prod_01abc-2026-12.csv")
    expect(statementFileName({ handle: 'a"b/c', id: "x" }, "2026-12")).toBe("saldo-a-b-c-2026-12.csv")
  })
})
