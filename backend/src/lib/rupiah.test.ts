import { describe, expect, it } from "vitest"
import { BigNumber } from "@medusajs/framework/utils"
import { wholeRupiah } from "./rupiah"

describe("wholeRupiah", () => {
  it("reads every form Medusa gives a provider an amount in, the raw one included", () => {
    expect(wholeRupiah(5000)).toBe(5000)
    expect(wholeRupiah("5000")).toBe(5000)
    expect(wholeRupiah(new BigNumber(5000))).toBe(5000)
    expect(wholeRupiah({ value: "5000", precision: 20 })).toBe(5000)
    expect(Number({ value: "5000", precision: 20 })).toBeNaN()
  })
})
