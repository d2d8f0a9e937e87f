import { describe, expect, it } from "vitest"
import { deliveryFit, expeditionPrice, kecamatanOf, type CourierRate, type ExpeditionRate } from "./tariff"

const courier: CourierRate = {
  kind: "courier",
  kabupaten: "Pacitan",
  kecamatan: [
    { handle: "pacitan", name: "Pacitan", amount: 8000 },
    { handle: "donorojo", name: "Donorojo", amount: 20000 },
  ],
}
const expedition: ExpeditionRate = {
  kind: "expedition",
  kabupaten: "Pacitan",
  bands: [
    { up_to_grams: 1000, amount: 25000 },
    { up_to_grams: 3000, amount: 40000 },
  ],
  per_kg_above: 12000,
}
const inDonorojo = { city: "Kabupaten Pacitan", country_code: "id", metadata: { kecamatan: "Donorojo" } }
const inSurabaya = { city: "Surabaya", country_code: "id" }

describe("the delivery tariff", () => {
  it("charges the courier's rate of the destination's kecamatan", () => {
    expect(deliveryFit(courier, { destination: inDonorojo, grams: 500, perishables: [] })).toEqual({ available: true, amount: 20000 })
  })

  it("finds the kecamatan written in the address lines when metadata does not carry it", () => {
    expect(kecamatanOf({ city: "Pacitan", address_2: "Desa Sendang, Kecamatan Donorojo" }, courier)?.amount).toBe(20000)
  })

  it("refuses the courier outside the kabupaten and says where it goes", () => {
    expect(deliveryFit(courier, { destination: inSurabaya, grams: 500, perishables: [] })).toEqual({
      available: false,
      reason: "Kurir lokal hanya mengantar di Kabupaten Pacitan.",
    })
  })

  it("prices an expedition by the parcel's weight band, then per started kilo", () => {
    expect(expeditionPrice(expedition, 1000)).toBe(25000)
    expect(expeditionPrice(expedition, 1001)).toBe(40000)
    expect(expeditionPrice(expedition, 4200)).toBe(40000 + 2 * 12000)
  })

  it("refuses an expedition for perishable food and names it", () => {
    const fit = deliveryFit(expedition, { destination: inSurabaya, grams: 500, perishables: ["Ikan tongkol segar"] })
    expect(fit).toEqual({ available: false, reason: expect.stringContaining("'Ikan tongkol segar' mudah rusak") })
  })

  it("asks for an address before pricing anything but pickup", () => {
    expect(deliveryFit(expedition, { destination: null, grams: 500, perishables: [] }).available).toBe(false)
    expect(deliveryFit({ kind: "pickup" }, { destination: null, grams: 500, perishables: ["Ikan"] })).toEqual({ available: true, amount: 0 })
  })
})
