import { formatRupiah } from "../rupiah"
import { pacitanDayStart } from "../time/pacitan-day"
import { indonesianDate } from "./licence-expiry-notice"

/** An account number as a message may show it: only its last four digits ("••••8901"). */
export const maskedAccountNumber = (number: string) => `••••${number.replace(/\D/g, "").slice(-4)}`

export type PayoutNoticeInput = {
  /** Whole rupiah paid out. */
  amount: number
  reference: string
  /** The day the centre paid, YYYY-MM-DD in Pacitan. */
  paid_on: string
  /** The bank account it went to; null if the producer has none on file any more. */
  account: { bank: string; number: string; holder: string } | null
  /** What the centre still owes the producer once this payout is counted. */
  balance_after: number
}

/**
 * The producer's notice of a payout (Indonesian): how much, to which account
 * (its number masked: a message may be read over a shoulder or forwarded), on
 * which day, the bank's reference, and what the centre still owes them.
 *
 * @example
 * payoutNotice({ amount: 150000, reference: "TRF-0412", paid_on: "2026-12-04", account: { bank: "BRI", number: "012345678901", holder: "Sutini" }, balance_after: 25000 })
 * // { subject: "Pembayaran Rp 150.000 dari Pasar Desa OK OCE", message: "Pusat OK OCE sudah membayar Rp 150.000 ke rekening BRI ••••8901 a.n. Sutini pada 4 Desember 2026 ..." }
 */
export function payoutNotice({ amount, reference, paid_on, account, balance_after }: PayoutNoticeInput) {
  const to = account ? `rekening ${account.bank} ${maskedAccountNumber(account.number)} a.n. ${account.holder}` : "rekening Anda"
  return {
    subject: `Pembayaran ${formatRupiah(amount)} dari Pasar Desa OK OCE`,
    message:
      `Pusat OK OCE sudah membayar ${formatRupiah(amount)} ke ${to} pada ${indonesianDate(pacitanDayStart(paid_on))}, referensi transfer ${reference}. ` +
      `Saldo Anda setelah pembayaran ini: ${formatRupiah(balance_after)}. Rincian setiap penjualan dan pembayaran ada di panel produsen, halaman Saldo.`,
  }
}
