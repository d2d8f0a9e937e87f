import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { progressBar } from "../lib/search/progress-bar"
import { rebuildProductSearchIndex } from "../lib/search/rebuild-product-index"
import { productSeedProgress } from "../lib/search/seed-progress"

/**
 * npm run search:reindex -w backend
 * Rebuilds the product index into a fresh version and swaps it in when
 * complete (buyers keep searching the old one meanwhile), then rebuilds the
 * PostgreSQL typo word list. Needed after editing synonyms-id.json.
 */
export default async function searchReindex({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [, productCount] = await container.resolve(Modules.PRODUCT).listAndCountProducts({}, { take: 1, select: ["id"] })
  const bar = progressBar("Indeks produk / product index", productCount)
  const onRows = (count: number) => bar.tick(count)
  productSeedProgress.on("rows", onRows)
  const started = Date.now()
  let rebuilt: Awaited<ReturnType<typeof rebuildProductSearchIndex>>
  try {
    rebuilt = await rebuildProductSearchIndex(container)
  } finally {
    productSeedProgress.off("rows", onRows)
    bar.stop()
  }
  logger.info(
    `Search: product index rebuilt on ${rebuilt.provider} in ${((Date.now() - started) / 1000).toFixed(1)} s, ` +
      `${rebuilt.buyerVisible} buyer-visible products${rebuilt.words ? ", typo word list rebuilt" : ""}`
  )
}
