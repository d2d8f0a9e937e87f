import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { coordinatorAccess } from "../../../lib/coordinator/coordinator-access"

/** A coordinator's role and kecamatan before a change, for the history. */
export const readCoordinatorAccessStep = createStep("read-coordinator-access", async (userId: string, { container }) => {
  return new StepResponse(await coordinatorAccess(container, userId))
})
