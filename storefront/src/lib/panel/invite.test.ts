import { describe, expect, it } from "vitest"
import { glanceAtInvite } from "./invite"

const tokenWith = (claims: Record<string, unknown>) => `header.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.signature`

describe("glanceAtInvite", () => {
  const now = Date.UTC(2026, 11, 7)

  it("reads the email of a producer invite and whether it has expired", () => {
    expect(glanceAtInvite(tokenWith({ purpose: "producer_invite", email: "sri@contoh.id", exp: now / 1000 + 60 }), now)).toEqual({
      email: "sri@contoh.id",
      expired: false,
    })
    expect(glanceAtInvite(tokenWith({ purpose: "producer_invite", email: "sri@contoh.id", exp: now / 1000 - 1 }), now)).toEqual({
      email: "sri@contoh.id",
      expired: true,
    })
  })

  it("takes nothing from another kind of token or text that is not one", () => {
    expect(glanceAtInvite(tokenWith({ purpose: "password_reset", email: "sri@contoh.id" }), now)).toBeUndefined()
    expect(glanceAtInvite("bukan-undangan", now)).toBeUndefined()
    expect(glanceAtInvite("a.%%%.b", now)).toBeUndefined()
  })
})
