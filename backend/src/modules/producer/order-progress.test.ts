import { describe, expect, it } from "vitest"
import { refuseTransition } from "./order-progress"
import { refuseDecline } from "./order-decline"

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

describe("a producer's decline", () => {
  it("is allowed while the part is new or accepted", () => {
    expect(refuseDecline("new", "pending")).toBeNull()
    expect(refuseDecline("accepted", "pending")).toBeNull()
  })

  it("is a conflict the second time, or on a canceled order", () => {
    expect(refuseDecline("declined", "pending")).toEqual({ conflict: true, message: expect.stringMatching(/sudah Anda tolak/) })
    expect(refuseDecline("new", "canceled")).toEqual({ conflict: true, message: expect.stringMatching(/sudah dibatalkan/) })
  })

  it("is refused in Indonesian once the goods are packed or gone", () => {
    expect(refuseDecline("shipped", "pending")?.message).toMatch(/sudah dikirim atau diserahkan, jadi tidak bisa ditolak/)
    expect(refuseDecline("handed_over", "pending")?.conflict).toBe(false)
    expect(refuseDecline("packed", "pending")?.message).toMatch(/sudah dikemas/)
  })

  it("leaves a declined part no next step", () => {
    expect(refuseTransition("declined", "accepted", undefined, "pending")).toMatch(/sudah Anda tolak/)
  })
})
