import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CoordinatorEvents } from "../../lib/events"
import { territoryAuditEntries } from "../../lib/audit/audit-changes"
import { recordAuditEntriesStep } from "../audit/steps/record-audit-entries"
import { readCoordinatorAccessStep } from "./steps/read-coordinator-access"
import { setCoordinatorRoleStep } from "./steps/set-coordinator-role"
import { setCoordinatorTerritoryStep } from "./steps/set-coordinator-territory"
import { validateCoordinatorAssignmentStep } from "./steps/validate-coordinator-assignment"
import type { CoordinatorAssignment } from "./types"

export const assignCoordinatorWorkflowId = "assign-coordinator"

/** Two heads demoting each other at once must not both pass the "another head is left" check. */
const ROLES_LOCK = "coordinator-roles"

/**
 * Sets a coordinator's role and territory together. The last head coordinator
 * cannot give up the role (NOT_ALLOWED); an unknown user is NOT_FOUND and an
 * unknown kecamatan INVALID_DATA. Who may call it is the route's business:
 * only a head (api/admin/coordinator-middlewares.ts). A change goes into the
 * coordinator's history, naming who made it (`actor`).
 *
 * @example
 * await assignCoordinatorWorkflow(container).run({ input: { user_id: "user_123", role: "kecamatan", kecamatan_ids: ["kec_123"] } })
 */
export const assignCoordinatorWorkflow = createWorkflow(assignCoordinatorWorkflowId, (input: CoordinatorAssignment) => {
  acquireLockStep({ key: ROLES_LOCK, timeout: 10, ttl: 30 })
  validateCoordinatorAssignmentStep(input)
  const before = readCoordinatorAccessStep(input.user_id)
  const role = setCoordinatorRoleStep(transform({ input }, ({ input }) => ({ user_id: input.user_id, role: input.role })))
  const kecamatanIds = setCoordinatorTerritoryStep(transform({ input }, ({ input }) => ({ user_id: input.user_id, kecamatan_ids: input.kecamatan_ids })))
  recordAuditEntriesStep(
    transform({ input, before }, ({ input, before }) =>
      territoryAuditEntries(input.user_id, before, { role: input.role, kecamatan_ids: input.role === "head" ? [] : input.kecamatan_ids }, input.actor)
    )
  )
  releaseLockStep({ key: ROLES_LOCK })
  const coordinator = transform({ input, role, kecamatanIds }, ({ input, role, kecamatanIds }) => ({
    user_id: input.user_id,
    role: role.role,
    kecamatan_ids: kecamatanIds,
  }))
  emitEventStep({ eventName: CoordinatorEvents.ASSIGNED, data: transform({ input }, ({ input }) => ({ id: input.user_id })) })
  const coordinatorAssigned = createHook("coordinatorAssigned", { coordinator })
  return new WorkflowResponse(coordinator, { hooks: [coordinatorAssigned] })
})
