import { describe, expect, it } from "vitest"
import { readSeedData } from "./data-files"
import { demoCatalogueSchema } from "./schemas"

describe("seed data", () => {
  it("parses: every product's category exists and handles and SKUs are unique", () => {
    const { catalogue, store } = readSeedData()
    expect(store.region.currencyCode).toBe("idr")
    expect(catalogue.products.length).toBeGreaterThanOrEqual(5)
  })

  it("rejects a product whose category does not exist, naming the product", () => {
    const { catalogue } = readSeedData()
    const broken = { ...catalogue, products: [{ ...catalogue.products[0], category: "sayur-impor" }] }
    const result = demoCatalogueSchema.safeParse(broken)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: ["products", 0, "category"], message: "unknown category sayur-impor" })
  })

  it("rejects a SKU used twice", () => {
    const { catalogue } = readSeedData()
    const twice = { ...catalogue, products: [catalogue.products[0], { ...catalogue.products[0], handle: "copy" }] }
    expect(demoCatalogueSchema.safeParse(twice).error?.issues.map((issue) => issue.message)).toContain(
      `duplicate SKU ${catalogue.products[0].variants[0].sku}`
    )
  })
})
