/**
 * The calendar day in Pacitan (WIB, UTC+7) as YYYY-MM-DD, wherever the server or the coordinator's
 * browser runs: a harvest "today" there is not in the past, and money received today there is not
 * in the future. Free of server imports, so the admin extensions use it too.
 */
export function pacitanDay(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(now)
}
