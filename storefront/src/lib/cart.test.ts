import { describe, expect, it } from "vitest"
import { parseId, parseQuantity } from "./cart"

describe("cart input", () => {
  it("accepts whole quantities from 1 to 99", () => {
    expect(parseQuantity("1")).toBe(1)
    expect(parseQuantity(" 12 ")).toBe(12)
    expect(parseQuantity("99")).toBe(99)
  })

  it.each(["0", "-1", "1.5", "100", "1e3", "", "dua", null])("refuses the quantity %s", (raw) => {
    expect(parseQuantity(raw as string | null)).toBe("bad_quantity")
  })

  it("accepts 0 where it means removing the line", () => {
    expect(parseQuantity("0", 0)).toBe(0)
  })

  it("accepts only ids of the expected kind", () => {
    expect(parseId("variant_01M8FYEXK421FEQM88BJKD9J1Z", "variant", "bad_variant")).toBe("variant_01M8FYEXK421FEQM88BJKD9J1Z")
    expect(parseId("prod_01M8FYEXK421FEQM88BJKD9J1Z", "variant", "bad_variant")).toBe("bad_variant")
    expect(parseId("variant_x'; drop table", "variant", "bad_variant")).toBe("bad_variant")
  })
})
