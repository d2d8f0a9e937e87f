import { describe, expect, it } from "vitest"
import { typedQuantity } from "./stock-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("the stock form's quantity", () => {
  it("sends no quantity when the producer left the number the page showed (a threshold save writes no stock)", () => {
    expect(typedQuantity(form({ stocked_quantity: "209", expected_quantity: "209" }))).toEqual({})
  })

  it("sends a changed quantity with the number the page showed, so a stale one can be refused", () => {
    expect(typedQuantity(form({ stocked_quantity: "200", expected_quantity: "209" }))).toEqual({ stocked_quantity: 200, expected_quantity: 209 })
  })

  it("sends the quantity alone from a form that showed none", () => {
    expect(typedQuantity(form({ stocked_quantity: "7" }))).toEqual({ stocked_quantity: 7 })
  })
})
