import { csvRows } from "../../../../backend/src/lib/text/csv-field"
import { SALES_PERIODS, type SalesPeriod } from "../../../../backend/src/lib/reports/sales-buckets"

type Figures = { orders: number; quantity: number; amount: number }

/** What the producer sold (GET /producer/reports/sales). */
export type SalesReport = {
  period: SalesPeriod
  from: string
  to: string
  currency_code: string
  totals: Figures
  buckets: Array<Figures & { bucket: string }>
  products: Array<Figures & { product_id: string | null; title: string }>
}

/** The page's own words for the periods, as they appear in its address (?periode=minggu). */
export const PERIOD_WORDS: Record<SalesPeriod, string> = { day: "hari", week: "minggu", month: "bulan" }

const isDay = (value: string | null): value is string =>
  !!value && /^2\d{3}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value

/**
 * The report asked for in the page's address: `?periode=minggu&dari=2026-10-01&sampai=2026-12-07`.
 * An unknown period is days, a day that is no date is left out (the backend then takes its default);
 * a range the backend refuses (out of order, too long) comes back as its message.
 */
export function salesQueryOf(params: URLSearchParams) {
  const word = params.get("periode")
  const period = SALES_PERIODS.find((candidate) => PERIOD_WORDS[candidate] === word) ?? "day"
  const from = params.get("dari")
  const to = params.get("sampai")
  return { period, ...(isDay(from) ? { from } : {}), ...(isDay(to) ? { to } : {}) }
}

const DAY = new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "short", timeZone: "UTC" })
const MONTH = new Intl.DateTimeFormat("id-ID", { month: "short", year: "numeric", timeZone: "UTC" })

/** "7 Des" for a day, "mg 30 Nov" for the week starting that Monday, "Des 2026" for a month. */
export function bucketLabel(bucket: string, period: SalesPeriod) {
  if (period === "month") return MONTH.format(new Date(`${bucket}-01T00:00:00Z`))
  const day = DAY.format(new Date(`${bucket}T00:00:00Z`))
  return period === "week" ? `mg ${day}` : day
}

/**
 * Bars for the SVG chart, drawn on the server: x and width in a 100-wide
 * viewBox, height as a share of the tallest bar (a report of nothing draws no bar).
 */
export function chartBars(report: SalesReport) {
  const highest = Math.max(0, ...report.buckets.map((bucket) => bucket.amount))
  const slot = 100 / Math.max(1, report.buckets.length)
  return report.buckets.map((bucket, index) => ({
    ...bucket,
    label: bucketLabel(bucket.bucket, report.period),
    x: index * slot + slot * 0.1,
    width: slot * 0.8,
    share: highest ? bucket.amount / highest : 0,
  }))
}

/** The report as a spreadsheet: one row per period, the total, then one row per product; amounts in whole rupiah. */
export function salesCsv(report: SalesReport): string {
  return csvRows([
    ["bagian", "periode_atau_produk", "pesanan", "jumlah_barang", "penjualan_rupiah"],
    ...report.buckets.map((bucket) => [PERIOD_WORDS[report.period], bucket.bucket, bucket.orders, bucket.quantity, bucket.amount]),
    ["jumlah", `${report.from} s.d. ${report.to}`, report.totals.orders, report.totals.quantity, report.totals.amount],
    ...report.products.map((product) => ["produk", product.title, product.orders, product.quantity, product.amount]),
  ])
}

/** `penjualan-kopi-gemaharjo-2026-11-01-2026-12-07.csv`. */
export const salesFileName = (producer: { handle?: string | null; id: string }, report: Pick<SalesReport, "from" | "to">) =>
  `penjualan-${(producer.handle || producer.id).toLowerCase().replace(/[^a-z0-9_-]+/g, "-")}-${report.from}-${report.to}.csv`
