import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CURATION_MODULE } from "../../../modules/curation"
import type CurationModuleService from "../../../modules/curation/service"
import type { LicenceRisks } from "./find-licence-risks"

/** Flags (or clears) licence warnings on curation records; the compensation restores the previous ones. */
export const setLicenceWarningsStep = createStep(
  "set-licence-warnings",
  async (warnings: LicenceRisks["warn"], { container }) => {
    const service: CurationModuleService = container.resolve(CURATION_MODULE)
    if (!warnings.length) {
      return new StepResponse([], [])
    }
    const before = await service.listProductCurations({ id: warnings.map((row) => row.curation_id) }, { select: ["id", "licence_warning"] })
    await service.updateProductCurations(warnings.map((row) => ({ id: row.curation_id, licence_warning: row.warning })))
    return new StepResponse(
      warnings,
      before.map((row) => ({ id: row.id, licence_warning: row.licence_warning }))
    )
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const service: CurationModuleService = container.resolve(CURATION_MODULE)
    await service.updateProductCurations(before)
  }
)
