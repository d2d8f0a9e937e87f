import { describe, expect, it } from "vitest"
import { labelFromHandle, readSearchParams } from "./search-params"

describe("search parameters", () => {
  it("keeps only the filters the store search accepts, trimmed and bounded", () => {
    const params = readSearchParams(new URL("http://toko.test/cari?q=%20gula%20jawa%20&kecamatan=tegalombo&admin=1&halaman=3&halal=true"))
    expect(params).toEqual({ q: "gula jawa", kecamatan: "tegalombo", halal: "true", page: 3 })
  })

  it("falls back to the first page for a nonsense page number", () => {
    expect(readSearchParams(new URL("http://toko.test/produk?halaman=-4")).page).toBe(1)
    expect(readSearchParams(new URL("http://toko.test/produk?halaman=abc")).page).toBe(1)
  })

  it("turns handles into readable labels", () => {
    expect(labelFromHandle("bumbu-rempah")).toBe("Bumbu Rempah")
  })
})
