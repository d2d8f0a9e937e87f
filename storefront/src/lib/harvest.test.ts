import { describe, expect, it } from "vitest"
import { harvestQuantity } from "./harvest"

describe("harvest forecasts", () => {
  it("reads the way each language writes numbers and units", () => {
    expect(harvestQuantity("id", { forecast_quantity: 2000, unit: "kg" })).toBe("2.000 kg")
    expect(harvestQuantity("en", { forecast_quantity: 2000, unit: "kg" })).toBe("2,000 kg")
    expect(harvestQuantity("id", { forecast_quantity: 40, unit: "tandan" })).toBe("40 tandan")
    expect(harvestQuantity("en", { forecast_quantity: 40, unit: "tandan" })).toBe("40 bunches")
  })
})
