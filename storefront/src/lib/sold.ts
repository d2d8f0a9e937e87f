import type { Locale } from "../i18n"

/** "Terjual 1,2 rb": how Indonesian marketplaces write a sold count, short on a phone's card. */
export function formatSoldCount(locale: Locale, sold: number): string {
  return new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB", { notation: "compact", maximumFractionDigits: 1 }).format(sold)
}
