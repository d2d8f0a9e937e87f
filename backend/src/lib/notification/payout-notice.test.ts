import { describe, expect, it } from "vitest"
import { maskedAccountNumber, payoutNotice } from "./payout-notice"

describe("payoutNotice", () => {
  it("says how much went to which account (masked), on which day, under which reference, and the balance left", () => {
    const { subject, message } = payoutNotice({
      amount: 1_250_000,
      reference: "TRF-0412",
      paid_on: "2026-12-04",
      account: { bank: "BRI", number: "012345678901", holder: "Sutini" },
      balance_after: 37_500,
    })
    expect(subject).toBe("Pembayaran Rp 1.250.000 dari Pasar Desa OK OCE")
    expect(message).toBe(
      "Pusat OK OCE sudah membayar Rp 1.250.000 ke rekening BRI ••••8901 a.n. Sutini pada 4 Desember 2026, referensi transfer TRF-0412. " +
        "Saldo Anda setelah pembayaran ini: Rp 37.500. Rincian setiap penjualan dan pembayaran ada di panel produsen, halaman Saldo."
    )
    expect(message).not.toContain("012345678901")
  })

  it("says 'your account' when the producer no longer has one on file, and a balance of nothing as Rp 0", () => {
    const { message } = payoutNotice({ amount: 5_000, reference: "TRF-9", paid_on: "2027-01-31", account: null, balance_after: 0 })
    expect(message).toMatch(/^Pusat OK OCE sudah membayar Rp 5\.000 ke rekening Anda pada 31 Januari 2027, referensi transfer TRF-9\./)
    expect(message).toContain("Saldo Anda setelah pembayaran ini: Rp 0.")
  })

  it("shows only the last four digits of an account number", () => {
    expect(maskedAccountNumber("0123 4567 8901")).toBe("••••8901")
  })
})
