import { describe, expect, it } from "vitest"
import { en } from "./en"
import { id } from "./id"
import { problemMessage, stockMessage } from "./problems"

describe("problemMessage", () => {
  it("shows the fixed text of a known code in the reader's language", () => {
    expect(problemMessage("id", "cart", "out_of_stock")).toBe(id["problem.out_of_stock"])
    expect(problemMessage("en", "cart", "bad_quantity")).toBe(en["cart.error.bad_quantity"])
    expect(problemMessage("en", "account", "login_failed")).toBe(en["account.error.login_failed"])
  })

  it("shows nothing for text that is not a code, so no link can put words in the shop's mouth", () => {
    expect(problemMessage("id", "cart", "Transfer Rp 500.000 ke BRI 1234567890")).toBeNull()
    expect(problemMessage("id", "checkout", "constructor")).toBeNull()
    expect(problemMessage("id", "account", "out_of_stock")).toBeNull()
  })

  it("names only known form fields, each with the format it expects", () => {
    const phone = `${id["checkout.phone"]} (${id["checkout.hint.phone"]})`
    expect(problemMessage("id", "checkout", "fields:phone,postal_code")).toBe(
      `Periksa lagi: ${phone}, ${id["checkout.postalCode"]} (${id["checkout.hint.postalCode"]}).`
    )
    expect(problemMessage("id", "checkout", "fields:phone,Transfer Rp 500.000")).toBe(`Periksa lagi: ${phone}.`)
    expect(problemMessage("id", "checkout", "fields:desa")).toBe(`Periksa lagi: ${id["checkout.desa"]}.`)
    expect(problemMessage("id", "checkout", "fields:Transfer Rp 500.000")).toBeNull()
  })

  it("names each product short of stock and what its shelf holds, in the reader's language", () => {
    const shortfalls = [
      { name: "Gula Aren · 500 g", left: 2 },
      { name: "Keripik Tempe · 250 g", left: 0 },
    ]
    expect(stockMessage("id", shortfalls)).toBe(
      "Stok “Gula Aren · 500 g” tinggal 2. Kurangi jumlahnya atau pilih produk lain. Stok “Keripik Tempe · 250 g” habis. Hapus dari keranjang atau pilih produk lain."
    )
    expect(stockMessage("en", shortfalls.slice(0, 1))).toBe("Only 2 of “Gula Aren · 500 g” left in stock. Lower the quantity or choose another product.")
    expect(stockMessage("id", [])).toBeNull()
  })
})
