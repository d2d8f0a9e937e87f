import { describe, expect, it } from "vitest"
import { typoBudget, typoDistance, withinTypoBudget } from "./typo-budget"

describe("typo budget", () => {
  it("counts a swap of neighbours as one typo", () => {
    expect(typoDistance("lanagn", "lanang")).toBe(1)
    expect(typoDistance("gual", "gula")).toBe(1)
    expect(typoDistance("klancng", "klanceng")).toBe(1)
    expect(typoDistance("kopi", "kopi")).toBe(0)
  })

  it("allows no typo below four letters, one from four, two from eight", () => {
    expect([typoBudget("kpi"), typoBudget("kopu"), typoBudget("temulawk")]).toEqual([0, 1, 2])
    expect(withinTypoBudget("tiwl", "tiwul")).toBe(true)
    expect(withinTypoBudget("asdfgh", "asam")).toBe(false)
    expect(withinTypoBudget("luwak", "lurik")).toBe(false)
  })
})
