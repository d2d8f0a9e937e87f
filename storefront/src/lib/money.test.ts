import { describe, expect, it } from "vitest"
import { formatRupiah } from "./money"

const normalise = (text: string) => text.replace(/\s/g, " ")

describe("formatRupiah", () => {
  it("writes thousands with dots and no decimals, as Indonesian shoppers read prices", () => {
    expect(normalise(formatRupiah(25000))).toBe("Rp 25.000")
    expect(normalise(formatRupiah(1250000))).toBe("Rp 1.250.000")
  })

  it("rounds fractional rupiah to whole rupiah", () => {
    expect(normalise(formatRupiah(14999.6))).toBe("Rp 15.000")
  })
})
