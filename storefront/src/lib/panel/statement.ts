import type { SettlementEntry } from "./api.server"
import { shiftMonth, STATEMENT_MONTH, wibMonthBounds, wibMonthOf } from "../../../../backend/src/lib/settlement/statement-month"

/** A producer's statement of one month (GET /producer/settlement/statement). */
export type MonthlyStatement = {
  month: string
  currency_code: string
  opening_balance: number
  closing_balance: number
  totals: Record<SettlementEntry["kind"], number>
  entries: SettlementEntry[]
}

/** Each kind of entry as the producer reads it, on the Saldo page, the statement and its CSV. */
export const KIND_LABELS: Record<SettlementEntry["kind"], string> = {
  sale: "Penjualan",
  fee: "Biaya OK OCE",
  refund: "Pengembalian dana",
  payout: "Dibayarkan ke Anda",
  adjustment: "Penyesuaian",
}

/** `?bulan=2026-12` when it names a month the backend takes; anything else is the producer's current month in WIB. */
export const monthOrCurrent = (bulan: string | null, now = new Date()) => (bulan && STATEMENT_MONTH.test(bulan) ? bulan : wibMonthOf(now))

/** The months either side, for the page's links; none after the current month, which nothing has happened in yet. */
export function neighbouringMonths(month: string, now = new Date()) {
  const next = shiftMonth(month, 1)
  return { previous: shiftMonth(month, -1), next: next <= wibMonthOf(now) ? next : undefined }
}

const MONTH_NAME = new Intl.DateTimeFormat("id-ID", { month: "long", year: "numeric", timeZone: "UTC" })
/** "Desember 2026". */
export const monthName = (month: string) => MONTH_NAME.format(new Date(`${month}-01T00:00:00Z`))

const DAY_NAME = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" })
/** The month's first and last days as the statement names them: "1 Desember 2026", "31 Desember 2026". */
export function monthDays(month: string) {
  const { start, end } = wibMonthBounds(month)
  return { first: DAY_NAME.format(start), last: DAY_NAME.format(new Date(end.getTime() - 1)) }
}

const ENTRY_TIME = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "Asia/Jakarta" })
/** When an entry was written, in Pacitan's time; the year is the statement's. */
export const entryTime = (iso: string) => ENTRY_TIME.format(new Date(iso))

const RUPIAH = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 })
/** "+Rp 46.000" for a credit, "−Rp 2.500" for a debit (a real minus sign, which a screen reader says), "Rp 0" for nothing. */
export const signedRupiah = (amount: number) => `${amount < 0 ? "−" : amount > 0 ? "+" : ""}Rp ${RUPIAH.format(Math.abs(amount))}`
