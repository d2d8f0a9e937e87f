import { describe, expect, it } from "vitest"
import { refuseTransition } from "./order-progress"

describe("a producer's order progress", () => {
  it("walks new → accepted → packed → shipped", () => {
    expect(refuseTransition("new", "accepted", undefined, "pending")).toBeNull()
    expect(refuseTransition("accepted", "packed", undefined, "pending")).toBeNull()
    expect(refuseTransition("packed", "shipped", "JNE 0123456789", "pending")).toBeNull()
    expect(refuseTransition("packed", "handed_over", undefined, "pending")).toBeNull()
  })

  it("refuses a skipped step and says what comes next", () => {
    expect(refuseTransition("new", "packed", undefined, "pending")).toMatch(
      /berstatus baru, tidak bisa langsung menjadi dikemas \(langkah berikutnya: diterima\)/
    )
    expect(refuseTransition("shipped", "accepted", undefined, "pending")).toMatch(/sudah selesai/)
    expect(refuseTransition("accepted", "accepted", undefined, "pending")).toMatch(/berstatus diterima/)
  })

  it("asks a tracking note before shipping", () => {
    expect(refuseTransition("packed", "shipped", undefined, "pending")).toMatch(/^tracking_note: .*nomor resi/)
  })

  it("refuses every move on a canceled order", () => {
    expect(refuseTransition("new", "accepted", undefined, "canceled")).toMatch(/dibatalkan/)
  })
})
