import { describe, expect, it } from "vitest"
import { problemCode } from "./problem-code"

describe("problemCode", () => {
  it("turns a backend refusal into a code, never its text", () => {
    expect(problemCode({ status: 400, message: "Stok 'Gula Aren · 500 g' tinggal 2" })).toBe("out_of_stock")
    expect(problemCode(new Error("Some variant does not have the required inventory"))).toBe("out_of_stock")
    expect(problemCode({ status: 409, message: "Permintaan lain sedang memproses keranjang" })).toBe("busy")
    expect(problemCode({ status: 503, message: "Server sedang ramai." })).toBe("overloaded")
    expect(problemCode(new Error("Transfer Rp 500.000 ke BRI"))).toBe("refused")
    expect(problemCode(undefined)).toBe("refused")
  })
})
