import { shiftDay } from "../../lib/time/pacitan-day"

/**
 * When a producer's licences have expired or run out soon. Pure and free of
 * server imports: the producer workflows, the daily licence check, the
 * producer list's filter and the admin extensions all ask here.
 *
 * Licence days are calendar days, stored as midnight UTC and compared as
 * YYYY-MM-DD.
 */
export type LicenceDates = {
  pirt?: { expires_on: string | Date } | null
  halal?: { kind: string; expires_on?: string | Date | null } | null
}

export type LicenceProblem = { field: string; message: string }

function dayOf(value: string | Date) {
  return new Date(value).toISOString().slice(0, 10)
}

/** The day licences are judged on (YYYY-MM-DD, UTC), by the daily check and the producer list alike. */
export const licenceToday = (now: Date = new Date()) => dayOf(now)

/**
 * The licences that have already expired on `today`. A licence that expires
 * today is still valid today. Pure, so it is tested with fixed dates.
 */
export function expiredLicences(licences: LicenceDates, today: Date): LicenceProblem[] {
  const day = dayOf(today)
  const problems: LicenceProblem[] = []
  if (licences.pirt && dayOf(licences.pirt.expires_on) < day) {
    problems.push({
      field: "pirt.expires_on",
      message: `Izin P-IRT sudah kedaluwarsa (${dayOf(licences.pirt.expires_on)}) / P-IRT licence has expired`,
    })
  }
  if (licences.halal?.expires_on && dayOf(licences.halal.expires_on) < day) {
    problems.push({
      field: "halal.expires_on",
      message: `Sertifikat halal sudah kedaluwarsa (${dayOf(licences.halal.expires_on)}) / halal certificate has expired`,
    })
  }
  return problems
}

/** How many days ahead the daily licence check warns, and the producer list's "licence expiring" filter looks. */
export const EXPIRY_WARNING_DAYS = 30

/** The licences that carry an expiry day: a BPOM number is registered without one. */
export const EXPIRING_LICENCES = ["pirt", "halal"] as const
export type ExpiringLicence = (typeof EXPIRING_LICENCES)[number]

/** The last day a licence may end on and still count as running out, seen from `today` (YYYY-MM-DD). */
export const expiryHorizon = (today: string) => shiftDay(today.slice(0, 10), EXPIRY_WARNING_DAYS)

/** Whether a licence that ends on `expiresOn` has run out by `horizon` (one already expired has). */
export const runsOutBy = (expiresOn: string | Date, horizon: string) => dayOf(expiresOn) <= horizon

type LicenceDays = { pirt_expires_on?: string | Date | null; halal_expires_on?: string | Date | null }

/** A producer's licences that have expired or run out within the warning days, soonest first. */
export function expiringLicences(producer: LicenceDays, today: string): Array<{ licence: ExpiringLicence; expires_on: string }> {
  const horizon = expiryHorizon(today)
  return EXPIRING_LICENCES.flatMap((licence) => {
    const expiresOn = producer[`${licence}_expires_on`]
    return expiresOn && runsOutBy(expiresOn, horizon) ? [{ licence, expires_on: dayOf(expiresOn) }] : []
  }).sort((a, b) => a.expires_on.localeCompare(b.expires_on))
}

/**
 * The same question as a filter on producers, so the list pages in the
 * database: a licence day before midnight UTC of the day after the horizon.
 */
export function expiringLicenceFilter(today: string) {
  const before = `${shiftDay(expiryHorizon(today), 1)}T00:00:00.000Z`
  return { $or: EXPIRING_LICENCES.map((licence) => ({ [`${licence}_expires_on`]: { $lt: before } })) }
}
