import { describe, expect, it } from "vitest"
import { paymentStanding, refuseUnpaidMove } from "./order-payment"

const transfer = { data: { method: "bank_transfer", reference: "PD-ABC234" } }
const cash = { data: { method: "cash_on_delivery" } }
const card = { data: { id: "pi_123", object: "payment_intent" } }

describe("an order's payment as its producer sees it", () => {
  it("waits for a bank transfer until the coordinator marks it received, and refuses to move the order on meanwhile", () => {
    expect(paymentStanding([transfer])).toBe("awaiting_payment")
    expect(refuseUnpaidMove("awaiting_payment")).toMatch(/belum dibayar/)
    expect(paymentStanding([{ ...transfer, captured_at: "2026-12-04T10:00:00Z" }])).toBe("paid")
  })

  it("lets cash on delivery and an authorized card go ahead", () => {
    expect(paymentStanding([cash])).toBe("cash_on_delivery")
    expect(paymentStanding([card])).toBe("paid")
    expect(refuseUnpaidMove("cash_on_delivery")).toBeNull()
    expect(refuseUnpaidMove("paid")).toBeNull()
  })

  it("counts a canceled payment as no payment", () => {
    expect(paymentStanding([{ ...card, canceled_at: "2026-12-04T10:00:00Z" }])).toBe("awaiting_payment")
    expect(paymentStanding([])).toBe("awaiting_payment")
  })
})
