export type LicenceDates = {
  pirt?: { expires_on: string | Date } | null
  halal?: { kind: string; expires_on?: string | Date | null } | null
}

export type LicenceProblem = { field: string; message: string }

function dayOf(value: string | Date) {
  return new Date(value).toISOString().slice(0, 10)
}

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
