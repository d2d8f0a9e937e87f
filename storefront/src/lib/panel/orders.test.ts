import { describe, expect, it } from "vitest"
import { cancellationText, isOpen, pageAfterStep, placedToday, whatsappLink, type PanelOrder } from "./orders"

const placedAt = (iso: string) => ({ order: { placed_at: iso } }) as PanelOrder

describe("the producer's orders", () => {
  it("counts an order as today's by Pacitan's clock, not the server's", () => {
    const now = new Date("2026-11-28T18:30:00Z") // 01.30 WIB on the 29th
    expect(placedToday(placedAt("2026-11-28T17:10:00Z"), now)).toBe(true) // 00.10 WIB on the 29th
    expect(placedToday(placedAt("2026-11-28T16:50:00Z"), now)).toBe(false) // 23.50 WIB on the 28th
  })

  it("links to the buyer's WhatsApp in international form, or not at all", () => {
    expect(whatsappLink("0812-3456-7891", 12)).toBe(
      `https://wa.me/6281234567891?text=${encodeURIComponent("Halo, kami dari Pasar Desa OK OCE tentang pesanan #12.")}`
    )
    expect(whatsappLink("+62 812 3456 7891", 12)).toMatch(/^https:\/\/wa\.me\/6281234567891\?/)
    expect(whatsappLink("12345", 12)).toBeNull()
    expect(whatsappLink(null, 12)).toBeNull()
  })

  it("keeps an unpaid transfer among the orders to handle, though it has no step to take yet", () => {
    const order = (payment: PanelOrder["payment"]["status"], next: PanelOrder["next_statuses"]) =>
      ({ order: { canceled: false }, next_statuses: next, payment: { status: payment, label: "" } }) as unknown as PanelOrder
    expect(isOpen(order("awaiting_payment", []))).toBe(true)
    expect(isOpen(order("paid", ["accepted"]))).toBe(true)
    expect(isOpen(order("paid", []))).toBe(false)
  })
})

describe("pageAfterStep", () => {
  it("follows a part to the tab of its new status, at its card", () => {
    expect(pageAfterStep("/panel/pesanan?status=new&halaman=2", "opp_1", "accepted")).toBe("/panel/pesanan?status=accepted#o-opp_1")
  })

  it("stays on the list of every status, at the card", () => {
    expect(pageAfterStep("/panel/pesanan?halaman=2", "opp_1", "packed")).toBe("/panel/pesanan?halaman=2#o-opp_1")
    expect(pageAfterStep("/panel/pesanan", "opp_1", "packed")).toBe("/panel/pesanan#o-opp_1")
  })

  it("says who canceled an order and, for the buyer, why; nothing while it stands", () => {
    const order = (canceled: boolean, cancellation: PanelOrder["order"]["cancellation"]) => ({ order: { canceled, cancellation } }) as PanelOrder
    expect(cancellationText(order(true, { by: "buyer", reason: "delivery_too_dear" }))).toBe("Dibatalkan oleh pembeli: Ongkos kirim terlalu mahal.")
    expect(cancellationText(order(true, { by: "unpaid" }))).toBe("Dibatalkan otomatis: pembayaran tidak diterima tepat waktu.")
    expect(cancellationText(order(true, { by: "centre" }))).toBe("Dibatalkan oleh Pusat OK OCE.")
    expect(cancellationText(order(false, null))).toBeNull()
  })
})
