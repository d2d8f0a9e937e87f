import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CatalogueTags, type CatalogueChange } from "../lib/catalogue/change-tags"
import { refreshAllProductViews } from "../lib/catalogue/product-views"
import { CATALOGUE_REVISION_MODULE } from "../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../modules/catalogue-revision/service"

/**
 * Every hour: every product's catalogue view compared with the catalogue and
 * rewritten where they differ, each such product announced as changed (hard
 * when it appeared or went), so a view whose event was lost is mended within
 * the hour and the pages that show it follow. Nothing differs on a healthy shop.
 */
export default async function mendCatalogueViewsJob(container: MedusaContainer) {
  const { read, written, removed } = await refreshAllProductViews(container)
  if (!written.length && !removed.length) return
  const changes: CatalogueChange[] = [
    ...written.map((id) => ({ tag: CatalogueTags.product(id), hard: true })),
    ...removed.map((id) => ({ tag: CatalogueTags.product(id), hard: true })),
    { tag: CatalogueTags.LISTS, hard: true },
  ]
  const revisions: CatalogueRevisionModuleService = container.resolve(CATALOGUE_REVISION_MODULE)
  await revisions.announceChanges(changes)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`Catalogue views mended: ${written.length} rewritten, ${removed.length} removed of ${read} products (their events were lost)`)
}

export const config = {
  name: "mend-catalogue-views",
  schedule: "23 * * * *",
}
