import { describe, expect, it } from "vitest"
import { bucketCount, bucketOf, bucketsBetween, defaultFrom, mondayOf } from "./sales-buckets"

describe("sales report buckets in Pacitan's calendar", () => {
  it("names a week by its Monday, across a month and a year's end", () => {
    expect(mondayOf("2026-12-07")).toBe("2026-12-07")
    expect(mondayOf("2026-12-06")).toBe("2026-11-30")
    expect(mondayOf("2027-01-02")).toBe("2026-12-28")
    expect(bucketOf("2026-12-31", "month")).toBe("2026-12")
  })

  it("lists every bucket of a range, empty ones too", () => {
    expect(bucketsBetween("2026-11-29", "2026-12-02", "day")).toEqual(["2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"])
    expect(bucketsBetween("2026-11-29", "2026-12-14", "week")).toEqual(["2026-11-23", "2026-11-30", "2026-12-07", "2026-12-14"])
    expect(bucketsBetween("2026-11-15", "2027-02-01", "month")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"])
  })

  it("counts buckets without listing them, as the listing does", () => {
    for (const [from, to] of [
      ["2026-01-01", "2026-12-31"],
      ["2026-11-29", "2026-12-14"],
      ["2025-02-28", "2026-03-01"],
    ]) {
      for (const period of ["day", "week", "month"] as const) expect(bucketCount(from, to, period)).toBe(bucketsBetween(from, to, period).length)
    }
    expect(bucketCount("2000-01-01", "2999-12-31", "day")).toBe(365_243)
  })

  it("starts the default range 30 days, 12 weeks or 12 months back", () => {
    expect(defaultFrom("2026-12-07", "day")).toBe("2026-11-08")
    expect(bucketsBetween(defaultFrom("2026-12-09", "week"), "2026-12-09", "week")).toHaveLength(12)
    expect(defaultFrom("2026-12-07", "month")).toBe("2026-01-01")
    expect(defaultFrom("2027-02-28", "month")).toBe("2026-03-01")
  })
})
