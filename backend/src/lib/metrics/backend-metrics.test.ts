import { describe, expect, it } from "vitest"
import { checkoutOutcome } from "./backend-metrics"

describe("a checkout's outcome for /metrics", () => {
  it("tells an order from a payment Medusa refused, which also answers 200 but with the cart", () => {
    expect(checkoutOutcome(200, { type: "order", order: {} })).toEqual({ outcome: "order", reason: "" })
    expect(checkoutOutcome(200, { type: "cart", cart: {}, error: { type: "payment_authorization_error" } })).toEqual({ outcome: "refused", reason: "payment" })
  })

  it("names why a cart was refused: the shelf, the payment, or the cart itself", () => {
    expect(checkoutOutcome(400, { message: "Stok 'Gula Aren · 500 g' tinggal 2 / only 2 left in stock" })).toEqual({ outcome: "refused", reason: "stock" })
    expect(checkoutOutcome(400, { message: "Stok 'Gula Aren · 500 g' habis / out of stock" })).toEqual({ outcome: "refused", reason: "stock" })
    expect(checkoutOutcome(400, { message: "Payment collection has not been initiated for cart" })).toEqual({ outcome: "refused", reason: "payment" })
    expect(checkoutOutcome(400, { message: "Cart must have at least one item" })).toEqual({ outcome: "refused", reason: "cart" })
    expect(checkoutOutcome(404)).toEqual({ outcome: "refused", reason: "cart" })
  })

  it("keeps a locked cart, a shed request and a server error apart", () => {
    expect(checkoutOutcome(409)).toEqual({ outcome: "busy", reason: "" })
    expect(checkoutOutcome(503)).toEqual({ outcome: "overloaded", reason: "" })
    expect(checkoutOutcome(500, { message: "boom" })).toEqual({ outcome: "error", reason: "" })
  })
})
