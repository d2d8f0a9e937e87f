/**
 * The months of a producer's statement, in Pacitan's time (WIB, UTC+7 all
 * year: Indonesia keeps no summer time), so a sale at 01:00 WIB on the first
 * lands in the month the producer saw it happen. Plain constants, no imports:
 * the storefront bundles this file as it is.
 */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000

/** "2026-12": a month from 2000 to 2999 (earlier years would go through Date's 19xx shortcut). */
export const STATEMENT_MONTH = /^2\d{3}-(0[1-9]|1[0-2])$/

export const STATEMENT_MONTH_MESSAGE = "month: bulan berbentuk TTTT-BB, misalnya 2026-12 / month looks like 2026-12"

const parts = (month: string) => month.split("-").map(Number) as [number, number]

/** The instant the month starts in WIB and the instant the next one starts (`end` is not part of it). */
export function wibMonthBounds(month: string): { start: Date; end: Date } {
  const [year, monthNumber] = parts(month)
  return {
    start: new Date(Date.UTC(year, monthNumber - 1, 1) - WIB_OFFSET_MS),
    end: new Date(Date.UTC(year, monthNumber, 1) - WIB_OFFSET_MS),
  }
}

/** The WIB month an instant falls in, as "2026-12". */
export const wibMonthOf = (instant: Date) => new Date(instant.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 7)

/** The month `by` months after (or, negative, before) `month`. */
export function shiftMonth(month: string, by: number) {
  const [year, monthNumber] = parts(month)
  return new Date(Date.UTC(year, monthNumber - 1 + by, 1)).toISOString().slice(0, 7)
}
