import { describe, expect, it } from "vitest"
import { forecastPerItem, formatForecast, preorderedItems, roundForecast } from "./preorder"

describe("pre-orders against a harvest forecast", () => {
  it("counts a variant's items in the forecast's unit by their weight", () => {
    expect(forecastPerItem("kg", 500)).toBe(0.5)
    expect(forecastPerItem("kg", null)).toBe(1)
    expect(forecastPerItem("ton", 250_000)).toBe(0.25)
    expect(forecastPerItem("ikat", 300)).toBe(1)
  })

  it("takes only what is reserved beyond the shelf as pre-ordered", () => {
    expect(preorderedItems(10, 4)).toBe(0)
    expect(preorderedItems(0, 3)).toBe(3)
    expect(preorderedItems(2, 5)).toBe(3)
  })

  it("writes amounts the Indonesian way and rounds away float dust", () => {
    expect(formatForecast(2.5, "kg")).toBe("2,5 kg")
    expect(roundForecast(80 * 0.1)).toBe(8)
  })
})
