import type { AuditActor } from "../../lib/audit/audit-changes"
import type { CoordinatorRole } from "../../modules/coordinator/roles"

/** A coordinator's whole assignment: a head has no kecamatan, a kecamatan coordinator one or more. */
export type CoordinatorAssignment = { user_id: string; role: CoordinatorRole; kecamatan_ids: string[]; actor?: AuditActor }
