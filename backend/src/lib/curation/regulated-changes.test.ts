import { describe, expect, it } from "vitest"
import { regulatedChanges, type RegulatedSnapshot } from "./regulated-changes"

const current: RegulatedSnapshot = {
  title: "Keripik Singkong",
  description: "Keripik singkong renyah dari Tegalombo.",
  category_ids: ["pcat_a", "pcat_b"],
  variant_titles: { variant_a: "250 g", variant_b: "500 g" },
  compliance: { product_type: "processed_food", ingredients: "Singkong, garam", halal: false, licence: "pirt" },
}

describe("regulated changes of a product edit", () => {
  it("names each regulated field whose value really changes", () => {
    expect(regulatedChanges(current, { title: "Keripik Singkong Pedas", compliance: { ingredients: "Singkong, cabai" } })).toEqual([
      "title",
      "compliance.ingredients",
    ])
  })

  it("treats the same value, or the same categories in another order, as no change", () => {
    expect(regulatedChanges(current, { title: "Keripik Singkong", category_ids: ["pcat_b", "pcat_a"], compliance: { halal: false } })).toEqual([])
  })

  it("sees a new category and a new licence", () => {
    expect(regulatedChanges(current, { category_ids: ["pcat_a"], compliance: { licence: "bpom" } })).toEqual(["category_ids", "compliance.licence"])
  })

  it("sees a renamed variant (its name is a claim on the label), not one sent with its own name", () => {
    expect(regulatedChanges(current, { variant_titles: { variant_a: "250 g", variant_b: "1 kg" } })).toEqual(["variants.title"])
    expect(regulatedChanges(current, { variant_titles: { variant_a: "250 g" } })).toEqual([])
  })
})
