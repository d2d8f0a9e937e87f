import type { MessageKey } from "../i18n/id"
import { translator, type Locale } from "../i18n"
import type { UpcomingHarvest } from "./data/harvests"

/** A forecast as a reader writes it: "2.000 kg" in Bahasa Indonesia, "2,000 kg" in English. */
export function harvestQuantity(locale: Locale, harvest: Pick<UpcomingHarvest, "forecast_quantity" | "unit">) {
  const number = new Intl.NumberFormat(locale === "id" ? "id-ID" : "en-GB").format(harvest.forecast_quantity)
  return `${number} ${translator(locale)(`harvest.unit.${harvest.unit}` as MessageKey)}`
}
