import { shiftDay } from "../time/pacitan-day"

/**
 * Sales report periods and their buckets, in Pacitan's calendar (WIB): a day is
 * YYYY-MM-DD, a week starts on Monday and is named by that Monday, a month is
 * YYYY-MM. Plain code over day strings, no server imports: the panel bundles it.
 */
export const SALES_PERIODS = ["day", "week", "month"] as const
export type SalesPeriod = (typeof SALES_PERIODS)[number]

/** How many buckets one report may hold: a chart a phone can still read, and one query the database answers at once. */
export const MAX_BUCKETS: Record<SalesPeriod, number> = { day: 92, week: 53, month: 24 }

/** What the report shows when the producer names no range: the last 30 days, 12 weeks or 12 months up to today. */
const DEFAULT_BUCKETS: Record<SalesPeriod, number> = { day: 30, week: 12, month: 12 }

/** Monday of the week a day falls in (ISO weeks, as Indonesian calendars print them). */
export function mondayOf(day: string) {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return shiftDay(day, -((weekday + 6) % 7))
}

/** The bucket a day belongs to in a period. */
export function bucketOf(day: string, period: SalesPeriod) {
  if (period === "day") return day
  if (period === "week") return mondayOf(day)
  return day.slice(0, 7)
}

/** The next bucket after one. */
function nextBucket(bucket: string, period: SalesPeriod) {
  if (period === "day") return shiftDay(bucket, 1)
  if (period === "week") return shiftDay(bucket, 7)
  const [year, month] = bucket.split("-").map(Number)
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 7)
}

/** Every bucket from the one `from` falls in to the one `to` falls in, empty ones too: a gap in sales is a gap in the chart. */
export function bucketsBetween(from: string, to: string, period: SalesPeriod) {
  const last = bucketOf(to, period)
  const buckets: string[] = []
  for (let bucket = bucketOf(from, period); bucket <= last; bucket = nextBucket(bucket, period)) buckets.push(bucket)
  return buckets
}

/** The first day of the range a report covers when the producer gave no `from`. */
export function defaultFrom(to: string, period: SalesPeriod) {
  const count = DEFAULT_BUCKETS[period]
  if (period === "day") return shiftDay(to, -(count - 1))
  if (period === "week") return shiftDay(mondayOf(to), -7 * (count - 1))
  const [year, month] = to.split("-").map(Number)
  return new Date(Date.UTC(year, month - count, 1)).toISOString().slice(0, 10)
}

/** How many buckets a range would span, counted without listing them (a range of centuries is refused, not walked). */
export function bucketCount(from: string, to: string, period: SalesPeriod) {
  if (period === "month") {
    const [fromYear, fromMonth] = from.split("-").map(Number)
    const [toYear, toMonth] = to.split("-").map(Number)
    return (toYear - fromYear) * 12 + toMonth - fromMonth + 1
  }
  const first = Date.parse(`${bucketOf(from, period)}T00:00:00Z`)
  const last = Date.parse(`${bucketOf(to, period)}T00:00:00Z`)
  return Math.round((last - first) / ((period === "day" ? 1 : 7) * 24 * 60 * 60 * 1000)) + 1
}
