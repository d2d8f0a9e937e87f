import { describe, expect, it } from "vitest"
import { shiftMonth, STATEMENT_MONTH, wibMonthBounds, wibMonthOf } from "./statement-month"

describe("the months of a producer's statement, in WIB", () => {
  it("starts December at midnight in Pacitan, 17:00 UTC on the 30th of November", () => {
    expect(wibMonthBounds("2026-12")).toEqual({ start: new Date("2026-11-30T17:00:00Z"), end: new Date("2026-12-31T17:00:00Z") })
  })

  it("puts a sale at 18:00 UTC on the 30th of November in December, and one at 16:59 UTC in November", () => {
    expect(wibMonthOf(new Date("2026-11-30T18:00:00Z"))).toBe("2026-12")
    expect(wibMonthOf(new Date("2026-11-30T16:59:59Z"))).toBe("2026-11")
  })

  it("steps across a year's end both ways", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01")
    expect(shiftMonth("2027-01", -1)).toBe("2026-12")
    expect(wibMonthBounds("2026-12").end).toEqual(wibMonthBounds(shiftMonth("2026-12", 1)).start)
  })

  it("takes only a real month written TTTT-BB", () => {
    for (const month of ["2026-01", "2026-12", "2099-07"]) expect(STATEMENT_MONTH.test(month), month).toBe(true)
    for (const month of ["2026-13", "2026-00", "2026-1", "26-12", "1999-12", "2026-12-01", "Desember"]) expect(STATEMENT_MONTH.test(month), month).toBe(false)
  })
})
