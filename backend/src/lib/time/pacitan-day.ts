/**
 * The calendar day in Pacitan (WIB, UTC+7) as YYYY-MM-DD, wherever the server or the coordinator's
 * browser runs: a harvest "today" there is not in the past, and money received today there is not
 * in the future. Free of server imports, so the admin extensions use it too.
 */
export function pacitanDay(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** The instant a Pacitan day (YYYY-MM-DD) begins: 00:00 WIB is 17:00 UTC the day before. */
export const pacitanDayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - WIB_OFFSET_MS)

/** The day `by` days after (or, negative, before) a YYYY-MM-DD day; calendar arithmetic, no time zone involved. */
export const shiftDay = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * DAY_MS).toISOString().slice(0, 10)
