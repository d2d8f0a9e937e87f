import { describe, expect, it } from "vitest"
import { dataExportHtml } from "./data-export-html"

describe("a data export as a page", () => {
  it("puts each kind of record under its Indonesian heading and escapes what the buyer typed", () => {
    const html = dataExportHtml("Data pembeli s***@contoh.id", {
      subject: { email: "siti@contoh.id" },
      generated_at: "2026-12-07T00:00:00.000Z",
      customers: [{ first_name: "<script>alert(1)</script>", addresses: [{ address_1: "Jl. Melati 3" }] }],
      orders: [],
    })
    expect(html).toContain("<h2>Akun pembeli (1)</h2>")
    expect(html).toContain("<h2>Pesanan (0)</h2><p>Tidak ada.</p>")
    expect(html).toContain("Jl. Melati 3")
    expect(html).not.toContain("<script>alert(1)</script>")
    expect(html).toContain("&lt;script&gt;")
  })
})
