import { describe, expect, it } from "vitest"
import { normaliseTransferReference, transferReference } from "./reference"

describe("transfer references", () => {
  it("reads a reference typed from a bank statement without its dash, in lower case or with spaces", () => {
    for (const typed of ["PD-ABC234", "pd-abc234", "PDABC234", " pd abc234 ", "abc234"]) {
      expect(normaliseTransferReference(typed)).toBe("PD-ABC234")
    }
  })

  it("reads every issued reference back as itself", () => {
    const issued = transferReference()
    expect(normaliseTransferReference(issued)).toBe(issued)
  })

  it("refuses text that cannot be a reference (wrong length, letters never issued, other text)", () => {
    for (const typed of ["PD-ABC23", "PD-ABC2345", "PD-ABCO23", "PD-ABC123", "Transfer Rp 500.000", ""]) {
      expect(normaliseTransferReference(typed)).toBeNull()
    }
  })
})
