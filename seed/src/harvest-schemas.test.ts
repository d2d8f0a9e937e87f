import { describe, expect, it } from "vitest"
import { readSeedData } from "./data-files"
import { harvestsSeedSchema } from "./harvest-schemas"

const { catalogue, harvests } = readSeedData()
const handles = new Set(catalogue.products.map((product) => product.handle))
const issues = (rows: unknown[]) =>
  harvestsSeedSchema(handles)
    .safeParse({ harvests: rows })
    .error?.issues.map((issue) => issue.message) ?? []

describe("demo harvests", () => {
  it("date 10 to 15 fresh products between 4 and 45 days ahead", () => {
    expect(harvests.length).toBeGreaterThanOrEqual(10)
    expect(harvests.length).toBeLessThanOrEqual(15)
    expect(harvests.every((harvest) => harvest.in_days >= 4 && harvest.in_days <= 45)).toBe(true)
  })

  it("rejects a harvest of an unknown product and a second harvest of one product", () => {
    expect(issues([{ ...harvests[0], product: "durian-hantu" }])).toContain("unknown product durian-hantu")
    expect(issues([harvests[0], harvests[0]])).toContain(`second harvest for ${harvests[0].product}`)
  })

  it("rejects a forecast that is not a positive whole number", () => {
    expect(issues([{ ...harvests[0], forecast_quantity: 0 }])).toHaveLength(1)
    expect(issues([{ ...harvests[0], forecast_quantity: 1.5 }])).toHaveLength(1)
  })
})
