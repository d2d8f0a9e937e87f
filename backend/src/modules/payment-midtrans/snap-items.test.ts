import { describe, expect, it } from "vitest"
import { snapItems } from "./snap-items"

describe("the items a Snap page lists", () => {
  const lines = [
    { id: "a", name: "Gula Kelapa Arjosari · 500 g", price: 25_000, quantity: 2 },
    { id: "ongkir", name: "Ongkos kirim · Kurir desa", price: 10_000, quantity: 1 },
  ]

  it("lists the lines as they are when they add up to the amount", () => {
    expect(snapItems(60_000, lines)).toEqual(lines)
  })

  it("adds one line for a discount, so Midtrans accepts the total and the buyer sees why it is less", () => {
    const items = snapItems(55_000, lines)
    expect(items.at(-1)).toEqual({ id: "penyesuaian", name: "Potongan harga", price: -5_000, quantity: 1 })
    expect(items.reduce((sum, item) => sum + item.price * item.quantity, 0)).toBe(55_000)
  })

  it("cuts names Midtrans would cut at 50 characters, and lists the whole order as one line when there are no lines", () => {
    expect(snapItems(1_000, [{ id: "b", name: "x".repeat(80), price: 1_000, quantity: 1 }])[0].name).toHaveLength(50)
    expect(snapItems(46_000)).toEqual([{ id: "pesanan", name: "Pesanan Pasar Desa", price: 46_000, quantity: 1 }])
  })
})
