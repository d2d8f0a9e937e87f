import { describe, expect, it } from "vitest"
import { formatSoldCount } from "./sold"

describe("sold counts on cards", () => {
  it("writes small counts whole and large ones short, in each language's way", () => {
    expect(formatSoldCount("id", 7)).toBe("7")
    expect(formatSoldCount("id", 950)).toBe("950")
    expect(formatSoldCount("id", 1_250)).toBe("1,3\u00a0rb")
    expect(formatSoldCount("en", 1_250)).toBe("1.3k")
  })
})
