import { describe, expect, it } from "vitest"
import { en } from "./en"
import { id } from "./id"
import { alternatePath, localeOf } from "./index"

describe("i18n", () => {
  it("has an English text for every Indonesian one", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort())
  })

  it("falls back to Bahasa Indonesia for an unknown locale", () => {
    expect(localeOf(undefined)).toBe("id")
    expect(localeOf("fr")).toBe("id")
  })

  it("maps a page to its other-language twin", () => {
    expect(alternatePath("/", "en")).toBe("/en/")
    expect(alternatePath("/en/", "id")).toBe("/")
    expect(alternatePath("/produk/tiwul", "en")).toBe("/en/produk/tiwul")
    expect(alternatePath("/en/produk/tiwul", "id")).toBe("/produk/tiwul")
  })
})
