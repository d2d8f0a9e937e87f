import type { Translate } from "../i18n/namespace"
import { isoDay } from "./format"
import type { HalalKind, ProducerLicences, ProducerUpdate } from "./types"

/** What the licence form edits: plain strings, "" meaning "none". */
export type LicenceFormValues = {
  pirt_number: string
  pirt_expires_on: string
  bpom_number: string
  halal_kind: HalalKind
  halal_number: string
  halal_expires_on: string
}

export function licenceFormValues(licences: ProducerLicences): LicenceFormValues {
  return {
    pirt_number: licences.pirt_number ?? "",
    pirt_expires_on: isoDay(licences.pirt_expires_on) ?? "",
    bpom_number: licences.bpom_number ?? "",
    halal_kind: licences.halal_kind ?? "certificate",
    halal_number: licences.halal_number ?? "",
    halal_expires_on: isoDay(licences.halal_expires_on) ?? "",
  }
}

export type LicenceFormResult = { update: ProducerUpdate; error?: undefined } | { update?: undefined; error: string }

/**
 * Builds the POST body from the form, sending only the licences that changed:
 * re-sending an untouched licence that has already expired would make the
 * server refuse the whole update. An emptied number removes the licence (null).
 * Formats are left to the server, whose 400 names the bad field.
 */
export function licenceUpdate(t: Translate, initial: LicenceFormValues, values: LicenceFormValues): LicenceFormResult {
  const v = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()])) as LicenceFormValues
  const changed = (...keys: (keyof LicenceFormValues)[]) => keys.some((key) => v[key] !== initial[key])
  const update: ProducerUpdate = {}

  if (changed("pirt_number", "pirt_expires_on")) {
    if (v.pirt_number && !v.pirt_expires_on) {
      return { error: t("licenceForm.pirtDateRequired") }
    }
    if (!v.pirt_number && v.pirt_expires_on) {
      return { error: t("licenceForm.pirtNumberRequired") }
    }
    update.pirt = v.pirt_number ? { number: v.pirt_number, expires_on: v.pirt_expires_on } : null
  }
  if (changed("bpom_number")) {
    update.bpom = v.bpom_number ? { number: v.bpom_number } : null
  }
  if (changed("halal_kind", "halal_number", "halal_expires_on")) {
    if (!v.halal_number && v.halal_expires_on) {
      return { error: t("licenceForm.halalNumberRequired") }
    }
    update.halal = v.halal_number ? { kind: v.halal_kind, number: v.halal_number, expires_on: v.halal_expires_on || null } : null
  }
  if (Object.keys(update).length === 0) {
    return { error: t("licenceForm.noChange") }
  }
  return { update }
}
