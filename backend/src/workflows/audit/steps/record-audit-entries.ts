import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COORDINATOR_MODULE } from "../../../modules/coordinator"
import type CoordinatorModuleService from "../../../modules/coordinator/service"
import type { NewAuditEntry } from "../../../lib/audit/audit-changes"

/** Writes the history's entries of a change; a change rolled back takes its entries with it. */
export const recordAuditEntriesStep = createStep(
  "record-audit-entries",
  async (entries: NewAuditEntry[], { container }) => {
    if (!entries.length) return new StepResponse([], [])
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    const created = await service.createAuditEntries(entries)
    return new StepResponse(
      created,
      created.map((entry) => entry.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const service: CoordinatorModuleService = container.resolve(COORDINATOR_MODULE)
    await service.deleteAuditEntries(ids)
  }
)
