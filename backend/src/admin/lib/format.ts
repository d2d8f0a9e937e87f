import type { Translate } from "../i18n/namespace"

/**
 * Formatting helpers shared by the curation and producer screens. Dates and rupiah keep the
 * Indonesian way of writing them whatever the admin's language: they are Pacitan's days and money.
 */

const DATE_TIME = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "short" })
const DAY_UTC = new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeZone: "UTC" })

export function formatDateTime(value: string | null | undefined): string {
  if (!value) {
    return "-"
  }
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : DATE_TIME.format(date)
}

/**
 * Licence expiry is a calendar day ("YYYY-MM-DD"). Reading only the first ten
 * characters and formatting in UTC keeps the day from shifting in WIB (UTC+7).
 */
export function isoDay(value: string | null | undefined): string | null {
  return value ? value.slice(0, 10) : null
}

export function formatDay(value: string | null | undefined): string {
  const day = isoDay(value)
  if (!day) {
    return "-"
  }
  const date = new Date(`${day}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? day : DAY_UTC.format(date)
}

/** True when a licence day lies before today, so the UI can flag it. */
export function isExpired(value: string | null | undefined): boolean {
  const day = isoDay(value)
  return !!day && day < new Date().toISOString().slice(0, 10)
}

/**
 * The JS SDK throws a FetchError whose message is the server's { message } (its own words, in
 * Indonesian and English); 403 gets an explanation because coordinators only see their own kecamatan.
 */
export function errorMessage(error: unknown, t: Translate): string {
  if (!error) {
    return ""
  }
  const status = (error as { status?: number }).status
  const message = error instanceof Error ? error.message : String(error)
  if (status === 403) {
    return t("errors.accessDenied", { message: message || t("errors.outsideTerritory") })
  }
  return message || t("errors.unknown")
}

export function errorStatus(error: unknown): number | undefined {
  return (error as { status?: number } | null)?.status
}

const RUPIAH = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 })

/** "Rp 46.000": rupiah have no cents. */
export const formatRupiah = (amount: number) => `Rp ${RUPIAH.format(amount)}`
