import { describe, expect, it } from "vitest"
import { productLicencesRunningOut, licenceWarning } from "./licence-expiry"

const producer = {
  pirt_number: "2063501010123-26",
  pirt_expires_on: "2026-12-12T00:00:00.000Z",
  halal_number: "ID35110000123450124",
  halal_expires_on: "2027-03-01T00:00:00.000Z",
}

describe("productLicencesRunningOut", () => {
  it("lists only the licences the product is sold under that end on or before the horizon", () => {
    expect(productLicencesRunningOut(producer, { licence: "pirt", halal: true }, "2027-01-06")).toEqual([
      { licence: "pirt", number: "2063501010123-26", expires_on: "2026-12-12T00:00:00.000Z" },
    ])
    expect(productLicencesRunningOut(producer, { licence: "bpom", halal: false }, "2027-12-31")).toEqual([])
    expect(productLicencesRunningOut(producer, { licence: "pirt", halal: true }, "2027-03-01").map((row) => row.licence)).toEqual(["pirt", "halal"])
  })

  it("writes the coordinators' warning from them, and none when nothing ends soon", () => {
    expect(licenceWarning(productLicencesRunningOut(producer, { licence: "pirt", halal: true }, "2027-03-01"))).toBe(
      "Izin P-IRT berakhir 2026-12-12; Sertifikat halal berakhir 2027-03-01"
    )
    expect(licenceWarning([])).toBeNull()
  })
})
