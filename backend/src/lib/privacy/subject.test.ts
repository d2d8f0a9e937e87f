import { describe, expect, it } from "vitest"
import { emailHash, erasedEmail, exactLike, maskedEmail } from "./subject"

describe("a data subject's email", () => {
  it("is masked for the record and hashed the same whatever its case", () => {
    expect(maskedEmail(" Siti.Aminah@Contoh.ID ")).toBe("s***@contoh.id")
    expect(emailHash("SITI@contoh.id")).toBe(emailHash("siti@contoh.id "))
    expect(emailHash("siti@contoh.id")).toMatch(/^[0-9a-f]{64}$/)
  })

  it("becomes a unique undeliverable placeholder, and is matched exactly, underscores and all", () => {
    expect(erasedEmail("dreq_01JABCDEFGHJKMNPQRS")).toBe("terhapus-ghjkmnpqrs@pasardesa.invalid")
    expect(exactLike("a_b%c@x.id")).toBe("a\\_b\\%c@x.id")
  })
})
