import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCT_SEARCH_INDEX } from "../lib/search/product-document"
import { progressBar } from "../lib/search/progress-bar"
import { productSeedProgress } from "../lib/search/seed-progress"
import { SEARCH_SUPPORT_MODULE } from "../modules/search-support"
import type SearchSupportModuleService from "../modules/search-support/service"

/**
 * npm run search:reindex -w backend
 * Rebuilds the product index into a fresh version and swaps it in when
 * complete (buyers keep searching the old one meanwhile), then rebuilds the
 * PostgreSQL typo word list. Needed after editing synonyms-id.json.
 */
export default async function searchReindex({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const searchModule = container.resolve(Modules.SEARCH)
  const [, productCount] = await container.resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1, select: ["id"] })
  const bar = progressBar("Indeks produk / product index", productCount)
  const onRows = (count: number) => bar.tick(count)
  productSeedProgress.on("rows", onRows)
  const started = Date.now()
  try {
    await searchModule.reindex({ index: PRODUCT_SEARCH_INDEX, strategy: "swap" })
  } finally {
    productSeedProgress.off("rows", onRows)
    bar.stop()
  }
  const support: SearchSupportModuleService = container.resolve(SEARCH_SUPPORT_MODULE)
  const table = await support.activePostgresTable(PRODUCT_SEARCH_INDEX)
  if (table) await support.refreshWords(table, { force: true })
  const result = await searchModule.search({ entity: PRODUCT_SEARCH_INDEX, pagination: { take: 0 }, search_options: { count: "exact" } })
  logger.info(
    `Search: product index rebuilt on ${searchModule.getIndex(PRODUCT_SEARCH_INDEX).provider} in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
      `${result.metadata.count} buyer-visible products${table ? ", typo word list rebuilt" : ""}`
  )
}
