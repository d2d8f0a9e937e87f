import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  isBuyerVisible,
  PRODUCT_SEARCH_GRAPH_FIELDS,
  PRODUCT_SEARCH_INDEX,
  type ProductSearchDocument,
  toProductSearchDocument,
} from "../lib/search/product-document"

const PAGE = 500
/** The fields a buyer would notice when stale. */
const COMPARED = [
  "handle",
  "title",
  "description",
  "price",
  "halal",
  "in_stock",
  "producer.handle",
  "producer.name",
  "desa.handle",
  "kecamatan.handle",
  "category.handle",
]

const read = (document: Record<string, unknown>, path: string) =>
  path.split(".").reduce<unknown>((value, key) => (value == null ? value : (value as Record<string, unknown>)[key]), document) ?? null

/**
 * npm run search:check -w backend
 * Compares the product index with the database: products buyers may see that
 * the index lacks (missing), indexed products they may not see (extra), and
 * indexed products whose fields differ (stale). Exits 1 on any difference.
 */
export default async function searchCheck({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const searchModule = container.resolve(Modules.SEARCH)

  const [index] = (await searchModule.listIndexes()).filter((entry) => entry.name === PRODUCT_SEARCH_INDEX)
  if (index?.status !== "ready") {
    logger.error(`Search index "${PRODUCT_SEARCH_INDEX}" is ${index?.status ?? "not registered"}, not ready: run \`npm run search:reindex -w backend\``)
    process.exitCode = 1
    return
  }

  const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
  const channelId = stores[0]?.default_sales_channel_id ?? undefined
  const expected = new Map<string, ProductSearchDocument>()
  for (let skip = 0; ; skip += PAGE) {
    const { data } = await query.graph({ entity: "product", fields: PRODUCT_SEARCH_GRAPH_FIELDS, pagination: { skip, take: PAGE, order: { id: "ASC" } } })
    for (const row of data) {
      if (isBuyerVisible(row, channelId)) expected.set(row.id, toProductSearchDocument(row))
    }
    if (data.length < PAGE) break
  }

  const indexed = new Map<string, Record<string, unknown>>()
  for (let skip = 0; ; skip += PAGE) {
    const { hits } = await searchModule.search({ entity: PRODUCT_SEARCH_INDEX, pagination: { skip, take: PAGE }, search_options: { count: "none" } })
    hits.forEach((hit) => indexed.set(hit.id, hit.document))
    if (hits.length < PAGE) break
  }

  const missing = [...expected.values()].filter((document) => !indexed.has(document.id)).map((document) => document.handle)
  const extra = [...indexed.entries()].filter(([id]) => !expected.has(id)).map(([id, document]) => String(document.handle ?? id))
  const stale = [...expected.values()]
    .filter((document) => indexed.has(document.id))
    .flatMap((document) => {
      const fields = COMPARED.filter((path) => JSON.stringify(read(document, path)) !== JSON.stringify(read(indexed.get(document.id)!, path)))
      return fields.length ? [`${document.handle} (${fields.join(", ")})`] : []
    })

  const sample = (list: string[]) => (list.length ? `: ${list.slice(0, 20).join(", ")}${list.length > 20 ? ", ..." : ""}` : "")
  logger.info(`Search check on ${searchModule.getIndex(PRODUCT_SEARCH_INDEX).provider}: ${expected.size} buyer-visible products, ${indexed.size} indexed`)
  logger.info(`  missing ${missing.length}${sample(missing)}`)
  logger.info(`  extra   ${extra.length}${sample(extra)}`)
  logger.info(`  stale   ${stale.length}${sample(stale)}`)
  if (missing.length || extra.length || stale.length) {
    logger.error("Search index differs from the database: run `npm run search:reindex -w backend`")
    process.exitCode = 1
  }
}
