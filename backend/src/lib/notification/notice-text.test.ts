import { describe, expect, it } from "vitest"
import { noticeText } from "./notice-text"

describe("noticeText", () => {
  it("writes the message and then each page the notice points to as a full address", () => {
    expect(
      noticeText({ subject: "Pesanan #3", message: "Terima kasih!", order_path: "/pesanan/o_1?kunci=abc", total: "Rp 10.000" }, "https://pasardesa.id")
    ).toEqual({
      subject: "Pesanan #3",
      text: "Terima kasih!\n\nhttps://pasardesa.id/pesanan/o_1?kunci=abc",
    })
  })

  it("falls back to the subject for a notice without a message, and to the shop's name without a subject", () => {
    expect(noticeText({ subject: "Atur ulang kata sandi" }, "http://localhost:4321").text).toBe("Atur ulang kata sandi")
    expect(noticeText({}, "http://localhost:4321")).toEqual({ subject: "Pasar Desa OK OCE", text: "Pasar Desa OK OCE" })
  })
})
