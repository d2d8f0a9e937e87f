import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { pacitanDay, pacitanDayStart, shiftDay } from "../time/pacitan-day"
import { bucketCount, bucketOf, bucketsBetween, defaultFrom, MAX_BUCKETS, type SalesPeriod } from "./sales-buckets"
import { readSoldLines } from "./sold-lines"

const PERIOD_NAMES: Record<SalesPeriod, string> = { day: "hari", week: "minggu", month: "bulan" }

/**
 * The days a report covers: those asked for, or up to today in Pacitan and as
 * far back as the period's default. A range out of order or longer than the
 * period's limit is a 400, worded for the producer.
 */
export function salesRange({ period, from, to }: { period: SalesPeriod; from?: string; to?: string }, now = new Date()) {
  const last = to ?? pacitanDay(now)
  const first = from ?? defaultFrom(last, period)
  if (first > last) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "from: tanggal awal tidak boleh sesudah tanggal akhir / from is after to")
  }
  if (bucketCount(first, last, period) > MAX_BUCKETS[period]) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `to: paling banyak ${MAX_BUCKETS[period]} ${PERIOD_NAMES[period]} dalam satu laporan / at most ${MAX_BUCKETS[period]} ${period}s per report`
    )
  }
  return { from: first, to: last }
}

type Figures = { orders: number; quantity: number; amount: number }

/** Adds lines up; an order counts once however many of its lines there are. */
function sum(lines: Array<{ order_id: string; quantity: number; amount: number }>): Figures {
  return {
    orders: new Set(lines.map((line) => line.order_id)).size,
    quantity: lines.reduce((total, line) => total + line.quantity, 0),
    amount: lines.reduce((total, line) => total + line.amount, 0),
  }
}

/**
 * What one producer sold, by day, week or month and by product, in quantity
 * and rupiah: their own lines of paid orders that were not canceled
 * (readSoldLines), bucketed by the day each order was placed in Pacitan.
 * Every bucket of the range is listed, empty ones too; products by rupiah, most first.
 */
export async function producerSalesReport(container: MedusaContainer, producerId: string, query: { period: SalesPeriod; from?: string; to?: string }) {
  const { period } = query
  const { from, to } = salesRange(query)
  const lines = await readSoldLines(container, [producerId], { start: pacitanDayStart(from), end: pacitanDayStart(shiftDay(to, 1)) })
  const buckets = bucketsBetween(from, to, period).map((bucket) => ({ bucket, ...sum(lines.filter((line) => bucketOf(line.day, period) === bucket)) }))
  const byProduct = new Map<string, typeof lines>()
  for (const line of lines) {
    const key = line.product_id ?? line.product_title
    byProduct.set(key, [...(byProduct.get(key) ?? []), line])
  }
  const products = [...byProduct.values()]
    .map((productLines) => ({ product_id: productLines[0].product_id, title: productLines[0].product_title, ...sum(productLines) }))
    .sort((a, b) => b.amount - a.amount || a.title.localeCompare(b.title, "id"))
  return { period, from, to, currency_code: "idr", totals: sum(lines), buckets, products }
}

export type ProducerSalesReport = Awaited<ReturnType<typeof producerSalesReport>>
