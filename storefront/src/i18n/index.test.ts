import { describe, expect, it } from "vitest"
import { en } from "./en"
import { id } from "./id"
import { alternatePath, formatDate, localeOf, translator } from "./index"

describe("i18n", () => {
  it("has an English text for every Indonesian one", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort())
  })

  it("falls back to Bahasa Indonesia for an unknown locale", () => {
    expect(localeOf(undefined)).toBe("id")
    expect(localeOf("fr")).toBe("id")
  })

  it("fills placeholders and writes dates the Indonesian way", () => {
    expect(translator("id")("product.stockLeft", { n: 3 })).toBe("Sisa 3")
    expect(formatDate("id", "2026-12-12")).toBe("12 Desember 2026")
    expect(formatDate("en", "2026-12-12")).toBe("12 December 2026")
  })

  it("maps a page to its other-language twin", () => {
    expect(alternatePath("/", "en")).toBe("/en/")
    expect(alternatePath("/en/", "id")).toBe("/")
    expect(alternatePath("/produk/tiwul", "en")).toBe("/en/produk/tiwul")
    expect(alternatePath("/en/produk/tiwul", "id")).toBe("/produk/tiwul")
  })
})
