import { describe, expect, it } from "vitest"
import { parseCheckoutForm } from "./checkout"

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
  shipping_option_id: "so_01M8FYEXK421FEQM88BJKD9J1Z",
}
const form = (values: Record<string, string>) => {
  const data = new FormData()
  Object.entries(values).forEach(([key, value]) => data.set(key, value))
  return data
}

describe("parseCheckoutForm", () => {
  it("accepts an Indonesian address and normalises email and phone", () => {
    const result = parseCheckoutForm(form(valid))
    expect(result).toEqual({ ok: true, data: { ...valid, email: "siti@contoh.id", phone: "081234567890" } })
  })

  it("names every invalid field at once", () => {
    const result = parseCheckoutForm(form({ ...valid, email: "siti", postal_code: "6351", phone: "12345", shipping_option_id: "x" }))
    expect(result).toEqual({ ok: false, invalid: ["email", "phone", "postal_code", "shipping_option_id"] })
  })
})
