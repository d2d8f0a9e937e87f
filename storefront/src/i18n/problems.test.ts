import { describe, expect, it } from "vitest"
import { en } from "./en"
import { id } from "./id"
import { problemMessage } from "./problems"

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
    expect(problemMessage("id", "checkout", "fields:phone,postal_code")).toBe(`Periksa lagi: ${phone}, ${id["checkout.postalCode"]} (${id["checkout.hint.postalCode"]}).`)
    expect(problemMessage("id", "checkout", "fields:phone,Transfer Rp 500.000")).toBe(`Periksa lagi: ${phone}.`)
    expect(problemMessage("id", "checkout", "fields:desa")).toBe(`Periksa lagi: ${id["checkout.desa"]}.`)
    expect(problemMessage("id", "checkout", "fields:Transfer Rp 500.000")).toBeNull()
  })
})
