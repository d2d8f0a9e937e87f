import { describe, expect, it } from "vitest"
import { catalogueSeedSchema } from "./catalogue-schemas"
import { readSeedData } from "./data-files"

const { catalogue } = readSeedData()
const issues = (changed: Partial<typeof catalogue>) => catalogueSeedSchema.safeParse({ ...catalogue, ...changed }).error?.issues ?? []

describe("seed data", () => {
  it("covers Pacitan: 12 kecamatan, 172 desa, 40+ producers in 30+ desa, 200+ products", () => {
    expect(catalogue.places.kecamatan).toHaveLength(12)
    expect(catalogue.places.kecamatan.flatMap((kecamatan) => kecamatan.desa)).toHaveLength(172)
    expect(catalogue.producers.length).toBeGreaterThanOrEqual(40)
    expect(new Set(catalogue.producers.map((producer) => producer.desa_code)).size).toBeGreaterThanOrEqual(30)
    expect(catalogue.products.length).toBeGreaterThanOrEqual(200)
    expect(new Set(catalogue.products.map((product) => product.category))).toEqual(
      new Set(["hasil-panen", "olahan-pangan", "minuman", "bumbu-rempah", "hasil-laut", "kerajinan"])
    )
  })

  it("uses visibly fake licence numbers", () => {
    for (const producer of catalogue.producers) {
      if (producer.pirt) expect(producer.pirt.number).toMatch(/^0000/)
      if (producer.bpom) expect(producer.bpom.number).toMatch(/^MD 000000/)
      if (producer.halal) expect(producer.halal.number).toMatch(/^ID0000/)
    }
  })

  it("rejects a product whose producer does not exist", () => {
    const products = [{ ...catalogue.products[0], producer: "produsen-hantu" }]
    expect(issues({ products })).toContainEqual(expect.objectContaining({ path: ["products", 0, "producer"], message: "unknown producer produsen-hantu" }))
  })

  it("rejects a producer whose desa does not exist", () => {
    const producers = [{ ...catalogue.producers[0], desa_code: "35.01.99.2999" }]
    expect(issues({ producers })).toContainEqual(expect.objectContaining({ path: ["producers", 0, "desa_code"], message: "unknown desa 35.01.99.2999" }))
  })

  it("rejects a product that claims a licence or halal its producer does not hold", () => {
    const producer = catalogue.producers.find((candidate) => !candidate.halal && !candidate.bpom)!
    const product = catalogue.products.find((candidate) => candidate.producer === producer.handle)!
    const claims = { ...product, compliance: { ...product.compliance, licence: "bpom" as const, halal: true } }
    const found = issues({ products: [claims] }).map((issue) => issue.path.join("."))
    expect(found).toEqual(expect.arrayContaining(["products.0.compliance.licence", "products.0.compliance.halal"]))
  })

  it("rejects a SKU used twice", () => {
    const products = [catalogue.products[0], { ...catalogue.products[0], handle: "salinan" }]
    expect(issues({ products }).map((issue) => issue.message)).toContain(`duplicate SKU ${catalogue.products[0].variants[0].sku}`)
  })
})
