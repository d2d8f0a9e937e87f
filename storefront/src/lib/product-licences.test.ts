import { describe, expect, it } from "vitest"
import type { Licences } from "./data/catalogue"
import { licencesForProduct } from "./product-licences"

const producerLicences: Licences = {
  pirt: { number: "2063501010123-29", expires_on: "2029-01-01" },
  bpom: null,
  halal: { kind: "self_declare", number: "ID35110000123450124", expires_on: null },
  demo: false,
}

describe("the licences on a product's page", () => {
  it("leave out the producer's halal declaration on a product whose own compliance is not halal", () => {
    expect(licencesForProduct(producerLicences, { halal: false })).toEqual({ ...producerLicences, halal: null })
  })

  it("leave out the halal declaration on a product with no compliance record", () => {
    expect(licencesForProduct(producerLicences, null).halal).toBeNull()
  })

  it("keep the producer's halal declaration on a product declared halal, and every other licence either way", () => {
    expect(licencesForProduct(producerLicences, { halal: true })).toEqual(producerLicences)
    expect(licencesForProduct(producerLicences, { halal: false }).pirt).toEqual(producerLicences.pirt)
  })
})
