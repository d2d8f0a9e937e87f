import { describe, expect, it } from "vitest"
import { loadFailure } from "./load-failure"

describe("loadFailure", () => {
  it("shows the 404 page for a product the backend does not give this producer (another producer's, or no such id)", () => {
    expect(loadFailure(404)).toBe("not-found")
  })

  it("sends an expired or refused session to the login form, and only a real failure through as an error", () => {
    expect(loadFailure(401)).toBe("sign-in")
    expect(loadFailure(403)).toBe("pending-or-sign-in")
    expect(loadFailure(500)).toBe("error")
    expect(loadFailure(undefined)).toBe("error")
  })
})
