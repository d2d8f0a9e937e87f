import { describe, expect, it } from "vitest"
import { bpomLicenceSchema, halalLicenceSchema, normaliseWhatsapp, pirtLicenceSchema } from "./formats"

describe("normaliseWhatsapp", () => {
  it.each([
    ["0812-3456-7890", "+6281234567890"],
    ["+62 812 3456 7890", "+6281234567890"],
    ["6281234567890", "+6281234567890"],
    ["(0812) 3456 789", "+628123456789"],
  ])("stores %s as %s", (input, expected) => {
    expect(normaliseWhatsapp(input)).toBe(expected)
  })

  it.each(["12345", "+6221555123", "+1 202 555 0100", "0812-abc-7890", "08123456789012345"])("refuses %s", (input) => {
    expect(normaliseWhatsapp(input)).toBeUndefined()
  })
})

describe("licence formats", () => {
  it("accepts a P-IRT number of 13 digits, a dash and the expiry year", () => {
    expect(pirtLicenceSchema.safeParse({ number: "2063501010123-28", expires_on: "2028-06-30" }).success).toBe(true)
  })

  it("refuses a P-IRT number without its year, explaining the format in both languages", () => {
    const result = pirtLicenceSchema.safeParse({ number: "2063501010123", expires_on: "2028-06-30" })
    expect(result.error?.issues[0]).toMatchObject({ path: ["number"], message: expect.stringMatching(/^pirt.number: Nomor P-IRT.*P-IRT number/) })
  })

  it("accepts BPOM MD and ML numbers and refuses others", () => {
    expect(bpomLicenceSchema.safeParse({ number: "MD 123456789012" }).success).toBe(true)
    expect(bpomLicenceSchema.safeParse({ number: "ML 123456789012" }).success).toBe(true)
    expect(bpomLicenceSchema.safeParse({ number: "MD123456789012" }).success).toBe(false)
    expect(bpomLicenceSchema.safeParse({ number: "SP 123456789012" }).success).toBe(false)
  })

  it("accepts a self-declared halal number without expiry", () => {
    expect(halalLicenceSchema.safeParse({ kind: "self_declare", number: "ID35110000123450124", expires_on: null }).success).toBe(true)
    expect(halalLicenceSchema.safeParse({ kind: "sertifikat", number: "ID35110000123450124" }).success).toBe(false)
  })
})
