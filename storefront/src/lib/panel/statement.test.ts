import { describe, expect, it } from "vitest"
import { monthDays, monthName, monthOrCurrent, neighbouringMonths, signedRupiah } from "./statement"

// 1 December 2026, 01:00 in Pacitan: still 30 November in UTC.
const now = new Date("2026-11-30T18:00:00Z")

describe("the statement page's month", () => {
  it("takes ?bulan when it is a month, and otherwise the producer's current month in WIB", () => {
    expect(monthOrCurrent("2026-07", now)).toBe("2026-07")
    for (const bulan of [null, "", "2026-13", "juli", "2026-7"]) expect(monthOrCurrent(bulan, now), String(bulan)).toBe("2026-12")
  })

  it("links to the month before, and to the next only up to the current one", () => {
    expect(neighbouringMonths("2026-11", now)).toEqual({ previous: "2026-10", next: "2026-12" })
    expect(neighbouringMonths("2026-12", now)).toEqual({ previous: "2026-11", next: undefined })
  })

  it("names the month and its first and last days in Indonesian", () => {
    expect(monthName("2026-12")).toBe("Desember 2026")
    expect(monthDays("2027-02")).toEqual({ first: "1 Februari 2027", last: "28 Februari 2027" })
  })

  it("writes a credit with a plus, a debit with a minus sign and nothing with neither", () => {
    expect(signedRupiah(46_000)).toBe("+Rp 46.000")
    expect(signedRupiah(-2_500)).toBe("−Rp 2.500")
    expect(signedRupiah(0)).toBe("Rp 0")
  })
})
