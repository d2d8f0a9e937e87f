import type { AuditKind } from "../../modules/coordinator/models/audit-entry"

export type AuditActor = { type: "user"; id: string } | { type: "system" }
export type NewAuditEntry = {
  subject_type: "producer" | "coordinator"
  subject_id: string
  kind: AuditKind
  actor_type: "user" | "system"
  actor_id: string | null
  change: { from: unknown; to: unknown }
  reason: string | null
}

/** The producer columns the history follows: standing, and every licence field. */
export type ProducerStanding = {
  id: string
  status: string
  status_reason: string | null
  pirt_number: string | null
  pirt_expires_on: Date | string | null
  bpom_number: string | null
  halal_kind: string | null
  halal_number: string | null
  halal_expires_on: Date | string | null
}
export const PRODUCER_STANDING_FIELDS: string[] = [
  "id",
  "status",
  "status_reason",
  "pirt_number",
  "pirt_expires_on",
  "bpom_number",
  "halal_kind",
  "halal_number",
  "halal_expires_on",
]

const day = (value: Date | string | null) => (value ? new Date(value).toISOString().slice(0, 10) : null)

/** Licences as a coordinator reads them: number and expiry day, a missing one as null. */
function licencesOf(producer: ProducerStanding) {
  return {
    pirt: producer.pirt_number ? { number: producer.pirt_number, expires_on: day(producer.pirt_expires_on) } : null,
    bpom: producer.bpom_number ? { number: producer.bpom_number } : null,
    halal: producer.halal_number ? { kind: producer.halal_kind, number: producer.halal_number, expires_on: day(producer.halal_expires_on) } : null,
  }
}

const actorColumns = (actor: AuditActor | undefined) =>
  actor?.type === "user" ? { actor_type: "user" as const, actor_id: actor.id } : { actor_type: "system" as const, actor_id: null }

/**
 * What a producer update changed that the history keeps: the status (with the reason given for it) and
 * the licences, each licence with its number and expiry as they were and became. Nothing when they stayed.
 */
export function producerAuditEntries(before: ProducerStanding, after: ProducerStanding, actor: AuditActor | undefined): NewAuditEntry[] {
  const entries: NewAuditEntry[] = []
  const base = { subject_type: "producer" as const, subject_id: after.id, ...actorColumns(actor) }
  if (before.status !== after.status) {
    entries.push({
      ...base,
      kind: "status",
      change: { from: before.status, to: after.status },
      reason: after.status === "suspended" ? after.status_reason : null,
    })
  }
  const [was, is] = [licencesOf(before), licencesOf(after)]
  for (const licence of ["pirt", "bpom", "halal"] as const) {
    if (JSON.stringify(was[licence]) !== JSON.stringify(is[licence])) {
      entries.push({ ...base, kind: "licence", change: { from: { [licence]: was[licence] }, to: { [licence]: is[licence] } }, reason: null })
    }
  }
  return entries
}

export type Territory = { role: string; kecamatan_ids: string[] }

/** A coordinator's role or kecamatan as they were and became; nothing when both stayed. */
export function territoryAuditEntries(userId: string, before: Territory, after: Territory, actor: AuditActor | undefined): NewAuditEntry[] {
  const sorted = (territory: Territory) => ({ role: territory.role, kecamatan_ids: [...territory.kecamatan_ids].sort() })
  const [was, is] = [sorted(before), sorted(after)]
  if (JSON.stringify(was) === JSON.stringify(is)) return []
  return [{ subject_type: "coordinator", subject_id: userId, kind: "territory", ...actorColumns(actor), change: { from: was, to: is }, reason: null }]
}
