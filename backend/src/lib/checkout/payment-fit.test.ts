import { describe, expect, it } from "vitest"
import { codNeedsLocalDelivery, waysToPay } from "./payment-fit"

describe("the ways to pay a refusal offers", () => {
  it("names only what the store offers: no card without Stripe", () => {
    expect(waysToPay(["pp_bank-transfer_okoce", "pp_cod_okoce"])).toBe("transfer bank atau bayar di tempat")
    expect(codNeedsLocalDelivery(["pp_bank-transfer_okoce", "pp_cod_okoce"])).toBe(
      "Bayar di tempat hanya untuk ambil di Pusat OK OCE atau kurir lokal Pacitan: pilih salah satunya dulu, atau bayar dengan transfer bank."
    )
  })

  it("offers the card too where Stripe is set up", () => {
    expect(waysToPay(["pp_bank-transfer_okoce", "pp_cod_okoce", "pp_stripe_stripe"], "pp_cod_okoce")).toBe("transfer bank atau kartu")
    expect(waysToPay(["pp_bank-transfer_okoce", "pp_cod_okoce", "pp_stripe_stripe"])).toBe("transfer bank, bayar di tempat atau kartu")
  })
})
