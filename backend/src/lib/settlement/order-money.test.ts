import { describe, expect, it } from "vitest"
import { completesPayment, describeOrderMoney, orderMoney } from "./order-money"

describe("orderMoney", () => {
  it("waits for the rest when the buyer paid short, and does not capture", () => {
    const money = orderMoney({ due: 46000, received: 40000, captured: false, canceled: false })
    expect(money).toMatchObject({ outstanding: 6000, to_return: 0, paid: false })
    expect(completesPayment(money, false)).toBe(false)
    expect(describeOrderMoney(money)).toBe("Kurang Rp 6.000: pesanan menunggu sisa pembayaran.")
  })

  it("captures once the money is all there, and names what was paid over", () => {
    const money = orderMoney({ due: 46000, received: 50000, captured: false, canceled: false })
    expect(money).toMatchObject({ outstanding: 0, to_return: 4000 })
    expect(completesPayment(money, false)).toBe(true)
    expect(completesPayment(money, true)).toBe(false)
    expect(describeOrderMoney(money)).toContain("lebih Rp 4.000")
  })

  it("gives back everything received for a cancelled order", () => {
    const money = orderMoney({ due: 46000, received: 46000, captured: false, canceled: true })
    expect(money).toMatchObject({ outstanding: 0, to_return: 46000, paid: false })
    expect(completesPayment(money, false)).toBe(false)
    expect(describeOrderMoney(money)).toBe("Pesanan sudah dibatalkan: kembalikan Rp 46.000 kepada pembeli.")
  })

  it("owes nothing more once captured, and a second transfer is money to give back", () => {
    expect(orderMoney({ due: 46000, received: 92000, captured: true, canceled: false })).toMatchObject({ outstanding: 0, to_return: 46000, paid: true })
  })
})
