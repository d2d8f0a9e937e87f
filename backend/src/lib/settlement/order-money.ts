import { formatRupiah } from "../rupiah"

export type OrderMoneyInput = {
  /** What the buyer owes: the payment's amount (the order's total). */
  due: number
  /** What coordinators recorded as received so far. */
  received: number
  captured: boolean
  canceled: boolean
}

export type OrderMoney = {
  due: number
  received: number
  /** Still to come from the buyer. */
  outstanding: number
  /** Received beyond what is owed (or everything, for a cancelled order): the centre gives it back. */
  to_return: number
  paid: boolean
  canceled: boolean
}

/**
 * Where an order paid outside a gateway stands: short, paid, over-paid, or
 * cancelled with money to give back. A cancelled order owes nothing, so
 * whatever arrived for it goes back to the buyer.
 */
export function orderMoney({ due, received, captured, canceled }: OrderMoneyInput): OrderMoney {
  const owed = canceled ? 0 : due
  return {
    due,
    received,
    outstanding: canceled || captured ? 0 : Math.max(0, owed - received),
    to_return: Math.max(0, received - owed),
    paid: captured && !canceled,
    canceled,
  }
}

/** A confirmation completes the payment: the money is all there and nobody captured it yet. */
export const completesPayment = (money: OrderMoney, captured: boolean) => !captured && !money.canceled && money.received >= money.due

/** What the coordinator is told after recording money, in Indonesian. */
export function describeOrderMoney(money: OrderMoney): string {
  if (money.canceled) {
    return money.to_return ? `Pesanan sudah dibatalkan: kembalikan ${formatRupiah(money.to_return)} kepada pembeli.` : "Pesanan sudah dibatalkan."
  }
  if (money.outstanding) return `Kurang ${formatRupiah(money.outstanding)}: pesanan menunggu sisa pembayaran.`
  if (money.to_return) return `Lunas, lebih ${formatRupiah(money.to_return)}: kembalikan kelebihannya kepada pembeli.`
  return money.paid || money.received >= money.due ? "Lunas." : `Belum ada pembayaran; tagihan ${formatRupiah(money.due)}.`
}
