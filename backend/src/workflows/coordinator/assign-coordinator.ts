import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { CoordinatorEvents } from "../../lib/events"
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
 * only a head (api/admin/coordinator-middlewares.ts).
 *
 * @example
 * await assignCoordinatorWorkflow(container).run({ input: { user_id: "user_123", role: "kecamatan", kecamatan_ids: ["kec_123"] } })
 */
export const assignCoordinatorWorkflow = createWorkflow(assignCoordinatorWorkflowId, (input: CoordinatorAssignment) => {
  acquireLockStep({ key: ROLES_LOCK, timeout: 10, ttl: 30 })
  validateCoordinatorAssignmentStep(input)
  const role = setCoordinatorRoleStep(transform({ input }, ({ input }) => ({ user_id: input.user_id, role: input.role })))
  const kecamatanIds = setCoordinatorTerritoryStep(transform({ input }, ({ input }) => ({ user_id: input.user_id, kecamatan_ids: input.kecamatan_ids })))
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
