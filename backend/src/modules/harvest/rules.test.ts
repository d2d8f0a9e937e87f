import { describe, expect, it } from "vitest"
import { addDays, harvestProblems, isUpcoming, pacitanDay } from "./rules"

describe("harvest rules", () => {
  const today = "2026-11-28"

  it("accepts a harvest today or later with a whole positive forecast", () => {
    expect(harvestProblems({ expected_on: today, forecast_quantity: 1 }, today)).toEqual([])
    expect(harvestProblems({ expected_on: "2026-12-12", forecast_quantity: 400, unit: "buah" }, today)).toEqual([])
  })

  it("refuses a past date, naming the field in both languages", () => {
    expect(harvestProblems({ expected_on: "2026-11-27", forecast_quantity: 10 }, today)).toEqual([
      "expected_on: tanggal panen 2026-11-27 sudah lewat / harvest date is in the past",
    ])
  })

  it("refuses impossible dates and forecasts that are zero, negative or fractional", () => {
    expect(harvestProblems({ expected_on: "2026-02-30", forecast_quantity: 10 }, today)[0]).toMatch(/^expected_on: .*YYYY-MM-DD/)
    expect(harvestProblems({ expected_on: "2026-13-40", forecast_quantity: 10 }, today)[0]).toMatch(/^expected_on: .*YYYY-MM-DD/)
    for (const forecast of [0, -5, 2.5, Number.NaN]) {
      expect(harvestProblems({ expected_on: "2026-12-01", forecast_quantity: forecast }, today)[0]).toMatch(/^forecast_quantity:/)
    }
  })

  it("counts days in Pacitan time: 18:00 UTC is already the next day there", () => {
    expect(pacitanDay(new Date("2026-11-28T18:00:00Z"))).toBe("2026-11-29")
    expect(addDays("2026-12-30", 4)).toBe("2027-01-03")
  })

  it("treats a harvest as upcoming until its day has passed", () => {
    expect(isUpcoming(new Date("2026-11-28T00:00:00Z"), today)).toBe(true)
    expect(isUpcoming("2026-11-27T00:00:00.000Z", today)).toBe(false)
    expect(isUpcoming(null, today)).toBe(false)
  })
})
