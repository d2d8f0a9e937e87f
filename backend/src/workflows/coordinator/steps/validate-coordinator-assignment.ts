import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { coordinatorAccess, headCoordinatorIds } from "../../../lib/coordinator/coordinator-access"
import type { CoordinatorAssignment } from "../types"

export const validateCoordinatorAssignmentStepId = "validate-coordinator-assignment"

/** The user exists, every kecamatan exists, and the last head does not give up the role (nobody could give roles after). */
export const validateCoordinatorAssignmentStep = createStep(validateCoordinatorAssignmentStepId, async (input: CoordinatorAssignment, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: users }, { data: found }] = await Promise.all([
    query.graph({ entity: "user", fields: ["id"], filters: { id: input.user_id } }),
    query.graph({ entity: "kecamatan", fields: ["id"], filters: { id: input.kecamatan_ids } }),
  ])
  if (!users.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Koordinator '${input.user_id}' tidak ditemukan / coordinator not found`)
  }
  const unknown = input.kecamatan_ids.filter((id) => !found.some((row) => row.id === id))
  if (unknown.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `kecamatan_ids: tidak dikenal / unknown: ${unknown.join(", ")}`)
  }
  if (input.role !== "head" && (await coordinatorAccess(container, input.user_id)).role === "head") {
    const heads = await headCoordinatorIds(container)
    if (heads.length === 1 && heads[0] === input.user_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Koordinator kabupaten terakhir tidak dapat melepas perannya; angkat koordinator kabupaten lain dahulu / the last head coordinator cannot give up the role; make another head first"
      )
    }
  }
  return new StepResponse(true)
})
