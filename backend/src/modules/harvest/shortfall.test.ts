import { describe, expect, it } from "vitest"
import { harvestOnShelf, preordersToCancel } from "./shortfall"

const shelf = (reserved: number, stocked = 0, per_item = 1) => ({ variant_id: "v1", stocked, reserved, per_item })
const order = (order_id: string, hour: number, quantity: number, variant_id = "v1") => ({
  order_id,
  placed_at: new Date(Date.UTC(2026, 10, 20, hour)),
  items: [{ variant_id, quantity }],
})
const three = [order("first", 8, 4), order("second", 9, 4), order("third", 10, 2)]

describe("a harvest smaller than its pre-orders", () => {
  it("cancels the latest placed orders, whole, until the rest fits, never an earlier one instead", () => {
    // 4+4+2 pre-ordered, 7 harvested: the third (2) is not enough, so the second goes too, though it alone would have done.
    const { cancel, shelves } = preordersToCancel([shelf(10)], three, 7)
    expect(cancel).toEqual(["third", "second"])
    expect(harvestOnShelf(shelves, 7)).toEqual([{ variant_id: "v1", add: 7 }])
  })

  it("cancels nothing when the harvest and the shelf cover every pre-order", () => {
    expect(preordersToCancel([shelf(10)], three, 10).cancel).toEqual([])
    expect(preordersToCancel([shelf(10, 3)], three, 7).cancel).toEqual([])
  })

  it("cancels every pre-order when nothing was harvested, but keeps orders the shelf covers", () => {
    expect(preordersToCancel([shelf(10)], three, 0).cancel).toEqual(["third", "second", "first"])
    expect(preordersToCancel([shelf(10, 4)], three, 0).cancel).toEqual(["third", "second"])
  })

  it("counts kilograms by each variant's weight and shelves the rest as the first variant", () => {
    const packs = [
      { variant_id: "small", stocked: 0, reserved: 4, per_item: 0.25 },
      { variant_id: "large", stocked: 0, reserved: 2, per_item: 0.5 },
    ]
    const orders = [order("early", 8, 4, "small"), order("late", 9, 2, "large")]
    const { cancel, shelves } = preordersToCancel(packs, orders, 1.5)
    expect(cancel).toEqual(["late"])
    expect(harvestOnShelf(shelves, 1.5)).toEqual([{ variant_id: "small", add: 6 }])
  })
})
