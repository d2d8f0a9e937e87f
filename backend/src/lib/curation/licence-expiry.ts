import type { ChecklistCompliance, ChecklistProducer } from "../../modules/curation/checklist"
import { runsOutBy, type ExpiringLicence } from "../../modules/producer/licence-expiry"

/**
 * The licences that can run out: a P-IRT and a halal certificate carry an
 * expiry date. A BPOM registration has none in our data, so nothing warns of it.
 */
export type ExpiringLicenceKind = ExpiringLicence

/** A licence a product relies on that runs out soon: which one, its number, and the instant it expires (ISO). */
export type LicenceRunningOut = { licence: ExpiringLicenceKind; number: string; expires_on: string }

const day = (value: string | Date) => new Date(value).toISOString().slice(0, 10)

/** Whether a product is sold under the licence: taken off sale when it expires (curationChecklist). */
export function reliesOnLicence(compliance: Pick<ChecklistCompliance, "licence" | "halal"> | null | undefined, licence: ExpiringLicenceKind) {
  return licence === "pirt" ? compliance?.licence === "pirt" : Boolean(compliance?.halal)
}

/**
 * The licences a product relies on that run out on or before `horizon`
 * (YYYY-MM-DD), P-IRT first. The daily licence check warns of these.
 *
 * @example
 * productLicencesRunningOut(producer, { licence: "pirt", halal: false }, "2027-01-06")
 * // [{ licence: "pirt", number: "2063501010123-26", expires_on: "2026-12-12T00:00:00.000Z" }]
 */
export function productLicencesRunningOut(
  producer: Pick<ChecklistProducer, "pirt_number" | "pirt_expires_on" | "halal_number" | "halal_expires_on"> | null,
  compliance: Pick<ChecklistCompliance, "licence" | "halal"> | null,
  horizon: string
): LicenceRunningOut[] {
  if (!producer) return []
  const held: Array<[ExpiringLicenceKind, string | null, string | Date | null]> = [
    ["pirt", producer.pirt_number, producer.pirt_expires_on],
    ["halal", producer.halal_number, producer.halal_expires_on],
  ]
  return held.flatMap(([licence, number, expiresOn]) =>
    reliesOnLicence(compliance, licence) && expiresOn && runsOutBy(expiresOn, horizon)
      ? [{ licence, number: number ?? "", expires_on: new Date(expiresOn).toISOString() }]
      : []
  )
}

/** The warning a coordinator reads in the curation queue (null: nothing runs out soon). */
export function licenceWarning(expiring: LicenceRunningOut[]): string | null {
  const words = expiring.map(({ licence, expires_on }) => `${licence === "pirt" ? "Izin P-IRT" : "Sertifikat halal"} berakhir ${day(expires_on)}`)
  return words.length ? words.join("; ") : null
}
