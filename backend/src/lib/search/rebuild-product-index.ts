import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SEARCH_SUPPORT_MODULE } from "../../modules/search-support"
import type SearchSupportModuleService from "../../modules/search-support/service"
import { PRODUCT_SEARCH_INDEX } from "./product-document"

/**
 * Rebuilds the product index into a fresh version and swaps it in when
 * complete (buyers keep searching the old one meanwhile), then the PostgreSQL
 * typo word list. Says how many products buyers can now find.
 */
export async function rebuildProductSearchIndex(container: MedusaContainer): Promise<{ provider: string; buyerVisible: number | null; words: boolean }> {
  const searchModule = container.resolve(Modules.SEARCH)
  await searchModule.reindex({ index: PRODUCT_SEARCH_INDEX, strategy: "swap" })
  const support: SearchSupportModuleService = container.resolve(SEARCH_SUPPORT_MODULE)
  const table = await support.activePostgresTable(PRODUCT_SEARCH_INDEX)
  if (table) await support.refreshWords(table, { force: true })
  const result = await searchModule.search({ entity: PRODUCT_SEARCH_INDEX, pagination: { take: 0 }, search_options: { count: "exact" } })
  return { provider: searchModule.getIndex(PRODUCT_SEARCH_INDEX).provider, buyerVisible: result.metadata.count, words: Boolean(table) }
}
