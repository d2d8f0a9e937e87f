import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { mendProductViews } from "../lib/catalogue/mend-product-views"

/**
 * Every hour: views whose events were lost are mended (lib/catalogue/mend-product-views.ts)
 * within the hour and the pages that show them follow. Nothing differs on a healthy shop.
 */
export default async function mendCatalogueViewsJob(container: MedusaContainer) {
  const { read, written, removed } = await mendProductViews(container)
  if (!written.length && !removed.length) return
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .warn(`Catalogue views mended: ${written.length} rewritten, ${removed.length} removed of ${read} products (their events were lost)`)
}

export const config = {
  name: "mend-catalogue-views",
  schedule: "23 * * * *",
}
