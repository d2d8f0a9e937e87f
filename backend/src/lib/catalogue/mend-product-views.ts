import type { MedusaContainer } from "@medusajs/framework/types"
import { CATALOGUE_REVISION_MODULE } from "../../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../../modules/catalogue-revision/service"
import { CatalogueTags, type CatalogueChange } from "./change-tags"
import { refreshAllProductViews } from "./product-views"

/**
 * Every product's view compared with the catalogue and rewritten where they
 * differ, each such product announced as changed (hard: it may have appeared
 * or gone) with the lists, so the pages that show it follow. For when the
 * events that keep views current were lost or never handled: a seed run
 * without subscribers, a worker stopped mid-way, a Redis that kept nothing.
 */
export async function mendProductViews(container: MedusaContainer) {
  const mended = await refreshAllProductViews(container)
  const { written, removed } = mended
  if (!written.length && !removed.length) return mended
  const changes: CatalogueChange[] = [...written, ...removed].map((id) => ({ tag: CatalogueTags.product(id), hard: true }))
  const revisions: CatalogueRevisionModuleService = container.resolve(CATALOGUE_REVISION_MODULE)
  await revisions.announceChanges([...changes, { tag: CatalogueTags.LISTS, hard: true }])
  return mended
}
