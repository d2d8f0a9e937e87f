import { describe, expect, it } from "vitest"
import { producerShares } from "./shares"

const parts = [
  { producer_id: "prod_a", item_ids: ["line_1", "line_2"] },
  { producer_id: "prod_b", item_ids: ["line_3"] },
  { producer_id: "prod_c", item_ids: ["line_4"] },
]
const lines = [
  { id: "line_1", total: 25_000 },
  { id: "line_2", total: 10_000 },
  { id: "line_3", total: 46_000 },
  { id: "line_4", total: 18_500 },
]
// The lines come to Rp 99.500; the courier's Rp 8.000 makes the order Rp 107.500.
const orderTotal = 107_500

describe("what each producer is credited for a capture", () => {
  it("credits each producer exactly their lines' totals when the whole order is captured, and none of the delivery", () => {
    expect(producerShares(parts, lines, orderTotal, orderTotal)).toEqual([
      { producer_id: "prod_a", amount: 35_000 },
      { producer_id: "prod_b", amount: 46_000 },
      { producer_id: "prod_c", amount: 18_500 },
    ])
  })

  it("credits the captured fraction of a partial capture in whole rupiah, never more than the lines' share", () => {
    const shares = producerShares(parts, lines, 10_000, orderTotal)
    expect(shares.every((share) => Number.isInteger(share.amount))).toBe(true)
    expect(shares.reduce((sum, share) => sum + share.amount, 0)).toBe(Math.round((99_500 * 10_000) / orderTotal))
  })

  it("credits nobody for a producer without lines or an order worth nothing", () => {
    expect(producerShares([{ producer_id: "prod_x", item_ids: [] }], lines, 5_000, 5_000)).toEqual([])
    expect(producerShares(parts, lines, 0, 0)).toEqual([])
  })
})
