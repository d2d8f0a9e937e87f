import { en } from "./en"
import { id, type MessageKey } from "./id"

export type Locale = "id" | "en"

const messages: Record<Locale, Record<MessageKey, string>> = { id, en }

export function localeOf(currentLocale: string | undefined): Locale {
  return currentLocale === "en" ? "en" : "id"
}

/** Texts by key; `{name}` placeholders are filled from `values`. */
export function translator(locale: Locale) {
  return (key: MessageKey, values: Record<string, string | number> = {}) =>
    messages[locale][key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match))
}

/** Dates as Indonesian (or English) readers write them: 12 Desember 2026. */
export function formatDate(locale: Locale, isoDate: string) {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Jakarta" }).format(
    new Date(isoDate)
  )
}

/** A path in the reader's language: Bahasa Indonesia at /, English under /en. */
export function localePath(locale: Locale, path: string) {
  return locale === "en" ? `/en${path}` : path
}

/** The same page in the other language: Bahasa Indonesia at /, English under /en. */
export function alternatePath(pathname: string, target: Locale): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, "") || "/"
  return target === "en" ? (bare === "/" ? "/en/" : `/en${bare}`) : bare
}
