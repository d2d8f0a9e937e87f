import type { MedusaContainer } from "@medusajs/framework/types"
import { CATALOGUE_REVISION_MODULE } from "../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../modules/catalogue-revision/service"

/** A storefront keeps no page longer than ten minutes: an hour of changes covers every page it holds. */
const KEPT_MS = 60 * 60 * 1000

/** Every ten minutes: the record of catalogue changes keeps its last hour. */
export default async function forgetOldCatalogueChangesJob(container: MedusaContainer) {
  const revisions: CatalogueRevisionModuleService = container.resolve(CATALOGUE_REVISION_MODULE)
  await revisions.forgetChangesBefore(new Date(Date.now() - KEPT_MS))
}

export const config = {
  name: "forget-old-catalogue-changes",
  schedule: "*/10 * * * *",
}
