import { describe, expect, it } from "vitest"
import { shorterQueries } from "./did-you-mean"

describe("shorterQueries", () => {
  it("leaves each word out in turn, then offers each word alone", () => {
    expect(shorterQueries(["kopi", "luwak", "bubuk"])).toEqual(["luwak bubuk", "kopi bubuk", "kopi luwak", "kopi", "luwak", "bubuk"])
  })

  it("offers nothing shorter for one word", () => {
    expect(shorterQueries(["asdfgh"])).toEqual([])
  })

  // A miss of many words is free to send: it must not cost the server a search per word pair.
  it("considers only the first three words of a long miss, so one miss costs at most six searches", () => {
    const candidates = shorterQueries(["keripik", "tempe", "pedas", "manis", "gurih", "renyah", "asin", "murah"])
    expect(candidates.length).toBeLessThanOrEqual(6)
    expect(candidates).toContain("keripik tempe")
    expect(candidates.join(" ")).not.toContain("gurih")
  })
})
