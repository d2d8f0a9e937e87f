import { describe, expect, it } from "vitest"
import { expiredLicences, expiringLicenceFilter, expiringLicences, expiryHorizon, runsOutBy } from "./licence-expiry"

const today = new Date("2026-11-28T08:00:00+07:00")

describe("expiredLicences", () => {
  it("names a P-IRT that expired yesterday", () => {
    expect(expiredLicences({ pirt: { expires_on: "2026-11-27" } }, today)).toEqual([{ field: "pirt.expires_on", message: expect.stringContaining("P-IRT") }])
  })

  it("accepts a licence on its last valid day", () => {
    expect(expiredLicences({ pirt: { expires_on: "2026-11-28" }, halal: { kind: "certificate", expires_on: "2026-11-28" } }, today)).toEqual([])
  })

  it("names an expired halal certificate and ignores a self-declare without expiry", () => {
    expect(expiredLicences({ halal: { kind: "certificate", expires_on: "2025-01-01" } }, today).map((problem) => problem.field)).toEqual(["halal.expires_on"])
    expect(expiredLicences({ halal: { kind: "self_declare", expires_on: null } }, today)).toEqual([])
  })
})

describe("licences running out (the daily check's warning days and the producer list's filter)", () => {
  it("counts a licence ending on the 30th day ahead, or already expired, and not one ending a day later", () => {
    expect(expiryHorizon("2026-11-28")).toBe("2026-12-28")
    expect(runsOutBy("2026-12-28", expiryHorizon("2026-11-28"))).toBe(true)
    expect(runsOutBy("2026-12-29", expiryHorizon("2026-11-28"))).toBe(false)
    expect(runsOutBy("2025-01-01", expiryHorizon("2026-11-28"))).toBe(true)
  })

  it("lists a producer's expiring P-IRT and halal soonest first, leaving out a self-declare without a day", () => {
    expect(expiringLicences({ pirt_expires_on: "2026-12-20T00:00:00.000Z", halal_expires_on: new Date("2026-11-01T00:00:00Z") }, "2026-11-28")).toEqual([
      { licence: "halal", expires_on: "2026-11-01" },
      { licence: "pirt", expires_on: "2026-12-20" },
    ])
    expect(expiringLicences({ pirt_expires_on: "2027-06-30", halal_expires_on: null }, "2026-11-28")).toEqual([])
  })

  it("asks the database for a licence day before midnight UTC after the 30th day", () => {
    expect(expiringLicenceFilter("2026-11-28")).toEqual({
      $or: [{ pirt_expires_on: { $lt: "2026-12-29T00:00:00.000Z" } }, { halal_expires_on: { $lt: "2026-12-29T00:00:00.000Z" } }],
    })
  })
})
