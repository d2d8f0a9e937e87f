import { en } from "./en"
import { id, type MessageKey } from "./id"

export type Locale = "id" | "en"

const messages: Record<Locale, Record<MessageKey, string>> = { id, en }

export function localeOf(currentLocale: string | undefined): Locale {
  return currentLocale === "en" ? "en" : "id"
}

export function translator(locale: Locale) {
  return (key: MessageKey) => messages[locale][key]
}

/** The same page in the other language: Bahasa Indonesia at /, English under /en. */
export function alternatePath(pathname: string, target: Locale): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, "") || "/"
  return target === "en" ? (bare === "/" ? "/en/" : `/en${bare}`) : bare
}
