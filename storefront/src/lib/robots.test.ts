import { describe, expect, it } from "vitest"
import { robotsTxt } from "./robots"

describe("robotsTxt", () => {
  it("names the sitemap by its absolute URL on the serving origin", () => {
    expect(robotsTxt("https://pasardesa.example").split("\n")).toContain("Sitemap: https://pasardesa.example/sitemap.xml")
  })

  it("keeps crawlers out of carts, checkout, accounts and orders in both languages", () => {
    const lines = robotsTxt("https://pasardesa.example").split("\n")
    for (const path of ["/keranjang", "/en/keranjang", "/checkout", "/en/checkout", "/akun", "/en/akun", "/pesanan", "/en/pesanan"]) {
      expect(lines).toContain(`Disallow: ${path}`)
    }
    expect(lines).not.toContain("Disallow: /produk")
  })
})
