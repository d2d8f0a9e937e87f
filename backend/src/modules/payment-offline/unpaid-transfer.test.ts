import { describe, expect, it } from "vitest"
import { isUnpaidPastDeadline, paymentDeadline } from "./unpaid-transfer"

const placed = new Date("2026-11-20T08:00:00Z")
const hours = (count: number) => new Date(placed.getTime() + count * 3_600_000)
const transfer = { provider_id: "pp_bank-transfer_okoce", data: { hours_to_pay: 24 } }
const order = (changes: Record<string, unknown> = {}) => ({ status: "pending", created_at: placed, fulfillments: [], payments: [transfer], ...changes })

describe("unpaid bank transfers", () => {
  it("keeps an order within the hours the buyer was shown and gives it up after them", () => {
    expect(isUnpaidPastDeadline(order(), hours(23), 24)).toBe(false)
    expect(isUnpaidPastDeadline(order(), hours(24), 24)).toBe(true)
  })

  it("counts the hours shown at checkout, not today's setting", () => {
    const promised = order({ payments: [{ ...transfer, data: { hours_to_pay: 48 } }] })
    expect(isUnpaidPastDeadline(promised, hours(25), 24)).toBe(false)
    expect(paymentDeadline(placed, undefined, 12)).toEqual(hours(12))
  })

  it("never touches a captured, canceled, fulfilled or cash-on-delivery order", () => {
    const late = hours(100)
    expect(isUnpaidPastDeadline(order({ payments: [{ ...transfer, captured_at: hours(2) }] }), late, 24)).toBe(false)
    expect(isUnpaidPastDeadline(order({ status: "canceled" }), late, 24)).toBe(false)
    expect(isUnpaidPastDeadline(order({ fulfillments: [{ canceled_at: null }] }), late, 24)).toBe(false)
    expect(isUnpaidPastDeadline(order({ payments: [{ provider_id: "pp_cod_okoce" }] }), late, 24)).toBe(false)
    expect(isUnpaidPastDeadline(order({ payments: [] }), late, 24)).toBe(false)
  })

  it("leaves an order whose buyer paid part of it to the coordinator", () => {
    expect(isUnpaidPastDeadline(order({ received: 40000 }), hours(100), 24)).toBe(false)
    expect(isUnpaidPastDeadline(order({ received: 0 }), hours(100), 24)).toBe(true)
  })
})
