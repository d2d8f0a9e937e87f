import { describe, expect, it } from "vitest"
import { producerAuditEntries, type ProducerStanding, territoryAuditEntries } from "./audit-changes"

const standing: ProducerStanding = {
  id: "prdc_1",
  status: "active",
  status_reason: null,
  pirt_number: "2063501010123-29",
  pirt_expires_on: new Date("2029-05-31"),
  bpom_number: null,
  halal_kind: null,
  halal_number: null,
  halal_expires_on: null,
}
const coordinator = { type: "user" as const, id: "user_1" }

describe("producerAuditEntries", () => {
  it("keeps a suspension with its reason, by the coordinator who made it", () => {
    expect(producerAuditEntries(standing, { ...standing, status: "suspended", status_reason: "Izin diperiksa" }, coordinator)).toEqual([
      {
        subject_type: "producer",
        subject_id: "prdc_1",
        kind: "status",
        actor_type: "user",
        actor_id: "user_1",
        change: { from: "active", to: "suspended" },
        reason: "Izin diperiksa",
      },
    ])
  })

  it("keeps each licence that changed, as it was and became, and nothing for one that stayed", () => {
    const entries = producerAuditEntries(
      standing,
      { ...standing, pirt_expires_on: "2030-01-31T00:00:00.000Z", halal_kind: "self_declare", halal_number: "ID123" },
      undefined
    )
    expect(entries.map((entry) => entry.change)).toEqual([
      { from: { pirt: { number: "2063501010123-29", expires_on: "2029-05-31" } }, to: { pirt: { number: "2063501010123-29", expires_on: "2030-01-31" } } },
      { from: { halal: null }, to: { halal: { kind: "self_declare", number: "ID123", expires_on: null } } },
    ])
    expect(entries.every((entry) => entry.actor_type === "system" && entry.actor_id === null)).toBe(true)
  })

  it("writes nothing when neither status nor licences changed", () => {
    expect(producerAuditEntries(standing, { ...standing, status_reason: "catatan lama" }, coordinator)).toEqual([])
  })
})

describe("territoryAuditEntries", () => {
  it("keeps a change of kecamatan, whatever order they were given in", () => {
    expect(
      territoryAuditEntries("user_2", { role: "kecamatan", kecamatan_ids: ["k2", "k1"] }, { role: "kecamatan", kecamatan_ids: ["k1"] }, coordinator)
    ).toMatchObject([
      {
        subject_type: "coordinator",
        subject_id: "user_2",
        kind: "territory",
        change: { from: { kecamatan_ids: ["k1", "k2"] }, to: { kecamatan_ids: ["k1"] } },
      },
    ])
    expect(
      territoryAuditEntries("user_2", { role: "kecamatan", kecamatan_ids: ["k2", "k1"] }, { role: "kecamatan", kecamatan_ids: ["k1", "k2"] }, coordinator)
    ).toEqual([])
  })
})
