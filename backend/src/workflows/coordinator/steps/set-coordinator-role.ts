import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import type CoordinatorModuleService from "../../../modules/coordinator/service"
import type { CoordinatorRole } from "../../../modules/coordinator/roles"

export const setCoordinatorRoleStepId = "set-coordinator-role"

type Before = { user_id: string; row: { id: string; role: CoordinatorRole } | null; created_id: string | null }

/** Stores a user's role; its compensation puts back the role they had, or removes the one it created. */
export const setCoordinatorRoleStep = createStep(
  setCoordinatorRoleStepId,
  async ({ user_id, role }: { user_id: string; role: CoordinatorRole }, { container }) => {
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    const [row] = await service.listCoordinatorRoles({ user_id }, { select: ["id", "role"] })
    if (row) {
      const updated = await service.updateCoordinatorRoles({ id: row.id, role })
      return new StepResponse(updated, { user_id, row: { id: row.id, role: row.role }, created_id: null } as Before)
    }
    const created = await service.createCoordinatorRoles({ user_id, role })
    return new StepResponse(created, { user_id, row: null, created_id: created.id } as Before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    if (before.row) {
      await service.updateCoordinatorRoles({ id: before.row.id, role: before.row.role })
    } else if (before.created_id) {
      await service.deleteCoordinatorRoles(before.created_id)
    }
  }
)
