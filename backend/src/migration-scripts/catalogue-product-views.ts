import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refreshAllProductViews } from "../lib/catalogue/product-views"

/**
 * Runs once (medusa db:migrate) on a shop that existed before the stored
 * product views: every product's card and page written from the catalogue as
 * it is. Afterwards the catalogue's events keep them current.
 */
export default async function catalogueProductViews({ container }: ExecArgs) {
  const { read, written } = await refreshAllProductViews(container)
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Catalogue views written for ${written.length} of ${read} products`)
}
