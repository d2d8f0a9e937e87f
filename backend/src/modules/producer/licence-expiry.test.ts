import { describe, expect, it } from "vitest"
import { expiredLicences } from "./licence-expiry"

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
