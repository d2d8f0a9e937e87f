import { model } from "@medusajs/framework/utils"

/** What an audit entry is about: a producer's standing or licences, or a coordinator's role and territory. */
export const AUDIT_KINDS = ["status", "licence", "territory"] as const
export type AuditKind = (typeof AUDIT_KINDS)[number]

/**
 * One change a coordinator made to a producer's standing or licences, or to a coordinator's role and
 * territory: who, when, what it was and what it became. Payouts are in the settlement ledger, which already
 * names who recorded each; the history reads both.
 */
export const AuditEntry = model
  .define("audit_entry", {
    id: model.id({ prefix: "audit" }).primaryKey(),
    subject_type: model.enum(["producer", "coordinator"]),
    subject_id: model.text(),
    kind: model.enum([...AUDIT_KINDS]),
    /** A coordinator ("user"), or "system" for the seed and jobs. */
    actor_type: model.enum(["user", "system"]),
    actor_id: model.text().nullable(),
    /** `{ from, to }` of what changed. */
    change: model.json(),
    reason: model.text().nullable(),
  })
  .indexes([{ on: ["subject_type", "subject_id", "created_at"] }])
