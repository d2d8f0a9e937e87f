/**
 * Whether a producer may send an order's goods: paid (a transfer the
 * coordinator marked received, or a card the bank authorized), cash on
 * delivery (paid when the goods arrive), or still waiting for the buyer's
 * bank transfer. Goods must never leave for an unpaid transfer.
 */
export type PaymentStanding = "awaiting_payment" | "paid" | "cash_on_delivery"

export const PAYMENT_STANDING_LABELS: Record<PaymentStanding, string> = {
  awaiting_payment: "Menunggu pembayaran",
  paid: "Dibayar",
  cash_on_delivery: "Bayar di tempat",
}

export type OrderPayment = { data?: Record<string, unknown> | null; captured_at?: unknown; canceled_at?: unknown }

export function paymentStanding(payments: Array<OrderPayment | null | undefined>): PaymentStanding {
  const live = payments.filter((payment): payment is OrderPayment => !!payment && !payment.canceled_at)
  if (live.some((payment) => payment.captured_at)) return "paid"
  if (live.some((payment) => payment.data?.method === "cash_on_delivery")) return "cash_on_delivery"
  if (live.some((payment) => payment.data?.method === "bank_transfer")) return "awaiting_payment"
  // A card payment is authorized when the order is placed: the bank holds the money for it.
  return live.length ? "paid" : "awaiting_payment"
}

/** Why an order may not move on yet, in the producer's language; null when it may. */
export function refuseUnpaidMove(standing: PaymentStanding): string | null {
  return standing === "awaiting_payment"
    ? "Pesanan ini belum dibayar: pembeli memilih transfer bank dan koordinator belum menandai uangnya diterima. Jangan kirim barang dulu; pesanan bisa diproses setelah berstatus Dibayar / awaiting the buyer's bank transfer"
    : null
}
