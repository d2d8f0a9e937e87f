import { describe, expect, it } from "vitest"
import { cartAddress, parseAddressForm, parseDeliveryForm } from "./checkout"

const valid = {
  email: "Siti@Contoh.id",
  first_name: "Siti",
  last_name: "Aminah",
  phone: "0812-3456-7890",
  address_1: "Jalan Ahmad Yani No. 5, RT 02 RW 03",
  desa: "Sidoharjo",
  kecamatan: "Pacitan",
  kabupaten: "Pacitan",
  provinsi: "Jawa Timur",
  postal_code: "63514",
}
const form = (values: Record<string, string>) => {
  const data = new FormData()
  Object.entries(values).forEach(([key, value]) => data.set(key, value))
  return data
}

describe("parseAddressForm", () => {
  it("accepts an Indonesian address and normalises email and phone", () => {
    const result = parseAddressForm(form(valid))
    expect(result).toEqual({ ok: true, data: { ...valid, email: "siti@contoh.id", phone: "081234567890" } })
  })

  it("names every invalid field at once", () => {
    const result = parseAddressForm(form({ ...valid, email: "siti", postal_code: "6351", phone: "12345" }))
    expect(result).toEqual({ ok: false, invalid: ["email", "phone", "postal_code"] })
  })

  it("keeps the kecamatan in the address metadata, where the courier's tariff reads it", () => {
    const result = parseAddressForm(form(valid))
    expect(result.ok && cartAddress(result.data)).toMatchObject({ city: "Pacitan", metadata: { kecamatan: "Pacitan", desa: "Sidoharjo" } })
  })
})

describe("parseDeliveryForm", () => {
  it("accepts a shipping option and a known payment method", () => {
    expect(parseDeliveryForm(form({ shipping_option_id: "so_01M8FYEXK421FEQM88BJKD9J1Z", payment_method: "cod" }))).toEqual({
      ok: true,
      data: { shipping_option_id: "so_01M8FYEXK421FEQM88BJKD9J1Z", payment_method: "cod" },
    })
  })

  it("refuses a payment method the shop does not have, such as a provider id sent by hand", () => {
    expect(parseDeliveryForm(form({ shipping_option_id: "x", payment_method: "pp_system_default" }))).toEqual({
      ok: false,
      invalid: ["shipping_option_id", "payment_method"],
    })
  })
})
