import { english } from "./en"
import { indonesian } from "./id"
import { NS } from "./namespace"

/**
 * The admin extensions' strings per language, which Medusa's admin bundler picks up from this file
 * and merges into the dashboard's: Indonesian when a coordinator's admin is in Bahasa Indonesia,
 * English when it is in English (and, as Medusa falls back to English, in any other language).
 */
export default {
  id: { [NS]: indonesian },
  en: { [NS]: english },
}
