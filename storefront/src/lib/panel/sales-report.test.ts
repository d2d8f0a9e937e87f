import { describe, expect, it } from "vitest"
import { chartBars, salesCsv, salesFileName, salesQueryOf, type SalesReport } from "./sales-report"

const report: SalesReport = {
  period: "week",
  from: "2026-11-23",
  to: "2026-12-07",
  currency_code: "idr",
  totals: { orders: 3, quantity: 5, amount: 75_000 },
  buckets: [
    { bucket: "2026-11-23", orders: 0, quantity: 0, amount: 0 },
    { bucket: "2026-11-30", orders: 1, quantity: 1, amount: 15_000 },
    { bucket: "2026-12-07", orders: 2, quantity: 4, amount: 60_000 },
  ],
  products: [{ product_id: "prod_1", title: '=Keripik "pedas"', orders: 3, quantity: 5, amount: 75_000 }],
}

describe("the panel's sales report", () => {
  it("reads the period and days from the address, leaving out what is no date", () => {
    expect(salesQueryOf(new URLSearchParams("periode=minggu&dari=2026-11-23&sampai=2026-12-07"))).toEqual({
      period: "week",
      from: "2026-11-23",
      to: "2026-12-07",
    })
    expect(salesQueryOf(new URLSearchParams("periode=tahun&dari=2026-02-30&sampai=besok"))).toEqual({ period: "day" })
  })

  it("draws bars as shares of the highest, none for an empty bucket", () => {
    expect(chartBars(report).map((bar) => [bar.label, bar.share])).toEqual([
      ["mg 23 Nov", 0],
      ["mg 30 Nov", 0.25],
      ["mg 7 Des", 1],
    ])
  })

  it("puts the same numbers in the CSV, with a typed formula defused", () => {
    const lines = salesCsv(report).split("\r\n")
    expect(lines[0]).toBe('"bagian","periode_atau_produk","pesanan","jumlah_barang","penjualan_rupiah"')
    expect(lines[2]).toBe('"minggu","2026-11-30","1","1","15000"')
    expect(lines[4]).toBe('"jumlah","2026-11-23 s.d. 2026-12-07","3","5","75000"')
    expect(lines[5]).toBe('"produk","\'=Keripik ""pedas""","3","5","75000"')
    expect(salesFileName({ handle: "Kopi Gemaharjo", id: "prdc_1" }, report)).toBe("penjualan-kopi-gemaharjo-2026-11-23-2026-12-07.csv")
  })
})
