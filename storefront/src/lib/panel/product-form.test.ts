import { describe, expect, it } from "vitest"
import { whole as wholeNumber } from "./form-fields"
import { editProductBody, newProductBody, numberProblem } from "./product-form"

const form = (entries: Array<[string, string]>) => {
  const data = new FormData()
  for (const [name, value] of entries) data.append(name, value)
  return data
}

describe("panel product forms", () => {
  it("reads rupiah typed with thousands dots, and refuses other text as NaN for the backend to name", () => {
    expect(wholeNumber("15.000")).toBe(15000)
    expect(wholeNumber("lima ribu")).toBeNaN()
    // Thousands grouped with dots or spaces, as people type prices here; a decimal is never read as a whole.
    expect(wholeNumber("28.000")).toBe(28000)
    expect(wholeNumber("1.250.000")).toBe(1250000)
    expect(wholeNumber("1 500")).toBe(1500)
    expect(wholeNumber("1.5")).toBeNaN()
    expect(wholeNumber("1,5")).toBeNaN()
    expect(wholeNumber("28.00")).toBeNaN()
  })

  it("sends a new processed-food draft with its ingredients, shelf life, storage and categories", () => {
    const body = newProductBody(
      form([
        ["title", "Keripik Tempe"],
        ["description", "Keripik tempe renyah dari kedelai lokal."],
        ["product_type", "processed_food"],
        ["licence", "pirt"],
        ["net_quantity", "200 g"],
        ["ingredients", "Tempe, tepung beras, garam"],
        ["shelf_life_days", "60"],
        ["storage", "Tempat kering"],
        ["category_ids", "pcat_1"],
        ["category_ids", "pcat_2"],
        ["variant_title", "200 g"],
        ["variant_price", "12.000"],
        ["variant_title", ""],
        ["variant_price", ""],
      ])
    )
    expect(body).toEqual({
      title: "Keripik Tempe",
      description: "Keripik tempe renyah dari kedelai lokal.",
      category_ids: ["pcat_1", "pcat_2"],
      variants: [{ title: "200 g", price: 12000 }],
      compliance: {
        product_type: "processed_food",
        licence: "pirt",
        halal: false,
        net_quantity: "200 g",
        ingredients: "Tempe, tepung beras, garam",
        shelf_life_days: 60,
        storage: "Tempat kering",
      },
    })
  })

  it("leaves blank food facts empty rather than inventing them", () => {
    const { compliance, category_ids } = newProductBody(form([["product_type", "fresh_produce"]]))
    expect(category_ids).toBeUndefined()
    expect(compliance).toMatchObject({ licence: "none", ingredients: null, shelf_life_days: null, storage: null })
  })

  it("sends an edit with each variant's price and, when given, its weight", () => {
    const body = editProductBody(
      form([
        ["title", "Keripik Tempe Pedas"],
        ["description", "Keripik tempe pedas dari kedelai lokal."],
        ["weight", ""],
        ["variant_id", "v1"],
        ["variant_price", "13.500"],
        ["variant_weight", "200"],
        ["variant_id", "v2"],
        ["variant_price", "25000"],
        ["variant_weight", ""],
      ])
    )
    expect(body).toEqual({
      title: "Keripik Tempe Pedas",
      description: "Keripik tempe pedas dari kedelai lokal.",
      weight: null,
      variants: [
        { id: "v1", price: 13500, weight: 200 },
        { id: "v2", price: 25000 },
      ],
    })
  })

  it("sends what a curator may ask to fix from the edit form: variant names, categories (none ticked is none) and the food facts", () => {
    const body = editProductBody(
      form([
        ["title", "Keripik Tempe"],
        ["description", "Keripik tempe renyah dari kedelai lokal."],
        ["weight", ""],
        ["category_shown", "1"],
        ["product_type", "processed_food"],
        ["licence", "pirt"],
        ["net_quantity", "200 g"],
        ["ingredients", "Tempe, garam"],
        ["shelf_life_days", "60"],
        ["storage", ""],
        ["halal", "ya"],
        ["variant_id", "v1"],
        ["variant_title", " 200 g "],
        ["variant_price", "13.500"],
        ["variant_weight", ""],
      ])
    )
    expect(body).toMatchObject({
      category_ids: [],
      compliance: {
        product_type: "processed_food",
        licence: "pirt",
        halal: true,
        net_quantity: "200 g",
        ingredients: "Tempe, garam",
        shelf_life_days: 60,
        storage: null,
      },
      variants: [{ id: "v1", title: "200 g", price: 13500 }],
    })
    // A form without the categories or the food facts (a product created without them) leaves them as they are.
    expect(
      editProductBody(
        form([
          ["title", "Gula"],
          ["variant_id", "v1"],
          ["variant_price", "1000"],
        ])
      )
    ).not.toHaveProperty("compliance")
    expect(
      editProductBody(
        form([
          ["title", "Gula"],
          ["variant_id", "v1"],
          ["variant_price", "1000"],
        ])
      )
    ).not.toHaveProperty("category_ids")
  })
})

describe("numberProblem", () => {
  const form = (entries: Array<[string, string]>) => {
    const data = new FormData()
    for (const [name, value] of entries) data.append(name, value)
    return data
  }

  it("names a number field that holds words or a decimal, with what to type", () => {
    expect(numberProblem(form([["shelf_life_days", "sembilan puluh"]]))).toBe("Masa simpan (hari): tulis angka bulat, mis. 90.")
    expect(
      numberProblem(
        form([
          ["variant_price", "28.000"],
          ["variant_price", "12,5"],
        ])
      )
    ).toBe("Harga: tulis angka bulat, mis. 28.000.")
  })

  it("passes blank optional fields and numbers typed with thousands dots", () => {
    expect(
      numberProblem(
        form([
          ["shelf_life_days", ""],
          ["variant_price", "28.000"],
          ["weight", "1 500"],
        ])
      )
    ).toBeNull()
  })
})
