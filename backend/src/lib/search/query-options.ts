import type { SearchTypes } from "@medusajs/framework/types"
import { SEARCH_PROVIDER } from "../search-config"
import { PRODUCT_SEARCH_INDEX } from "./product-document"
import { queryWordsWithoutStopWords } from "./synonyms"
import { searchWords } from "./text"

export type ProductSearchSort = "relevance" | "price_asc" | "price_desc" | "newest"

/** What a buyer asks the product search for, already validated. */
export type ProductSearchRequest = {
  q?: string
  kecamatan?: string
  desa?: string
  producer?: string
  category?: string
  halal?: boolean
  in_stock?: boolean
  pre_order?: boolean
  price_min?: number
  price_max?: number
  sort: ProductSearchSort
  limit: number
  offset: number
  /** The publishable key's sales channels: results never leave them. */
  sales_channel_ids: string[]
}

/** Response facet name -> index field. */
export const PRODUCT_FACETS = {
  kecamatan: "kecamatan.handle",
  desa: "desa.handle",
  producer: "producer.handle",
  category: "category.handle",
  halal: "halal",
  in_stock: "in_stock",
} as const

const ORDER: Record<ProductSearchSort, Record<string, "ASC" | "DESC">> = {
  relevance: { _score: "DESC" },
  price_asc: { price: "ASC" },
  price_desc: { price: "DESC" },
  newest: { created_at: "DESC" },
}

/**
 * The text sent to the engine. Punctuation, emoji and SQL-looking input are
 * folded away on both engines (they only ever match nothing). PostgreSQL also
 * drops stop words (Meilisearch has them as an index setting). Synonyms are
 * not rewritten: the documents carry them (synonymPhrasesFor), so the words
 * typed still rank the product that uses them first.
 */
export function queryTextFor(provider: string, q: string | undefined): string {
  if (!q) return ""
  return (provider === SEARCH_PROVIDER.POSTGRES ? queryWordsWithoutStopWords(q) : searchWords(q)).join(" ")
}

function filtersFor(request: ProductSearchRequest, text: string): SearchTypes.SearchFilters {
  const filters: Record<string, unknown> = {}
  if (text) filters.q = text
  if (request.kecamatan) filters["kecamatan.handle"] = request.kecamatan
  if (request.desa) filters["desa.handle"] = request.desa
  if (request.producer) filters["producer.handle"] = request.producer
  if (request.category) filters["category.handle"] = request.category
  for (const flag of ["halal", "in_stock", "pre_order"] as const) {
    if (request[flag] !== undefined) filters[flag] = request[flag]
  }
  if (request.price_min !== undefined || request.price_max !== undefined) {
    filters.price = {
      ...(request.price_min !== undefined ? { $gte: request.price_min } : {}),
      ...(request.price_max !== undefined ? { $lte: request.price_max } : {}),
    }
  }
  // A key without channels sees nothing, like Medusa's own store routes.
  filters.sales_channel_ids = { $in: request.sales_channel_ids.length ? request.sales_channel_ids : ["none"] }
  return filters as SearchTypes.SearchFilters
}

/**
 * The one place that knows how the engines differ:
 * - every word must match, the last one as a prefix, so "gula j" finds gula
 *   jawa as the buyer types. Meilisearch does both with "all" (it always
 *   reads the last word as a prefix; its "last" would drop trailing words:
 *   548 hits where PostgreSQL gives 6); PostgreSQL's "last" is exactly this
 *   (`:*` on the last word), its "all" wants whole words; "any" is refused by
 *   the Meilisearch plugin;
 * - neither gets `typo_tolerance`: the Meilisearch plugin refuses it (typos are
 *   an index setting there) and PostgreSQL's word_similarity scan costs ~0.7 s
 *   per query at 10k products, so PostgreSQL retries zero-hit queries with
 *   corrected words instead (product-search.ts);
 * - PostgreSQL gets the text without stop words (queryTextFor).
 *
 * @example
 * buildProductSearchQuery("search-postgres", { sort: "relevance", limit: 24, offset: 0, sales_channel_ids: ["sc_1"], q: "gula jawa" })
 */
export function buildProductSearchQuery(provider: string, request: ProductSearchRequest, text = queryTextFor(provider, request.q)): SearchTypes.SearchQuery {
  const order = text ? ORDER[request.sort] : request.sort === "relevance" ? ORDER.newest : ORDER[request.sort]
  return {
    entity: PRODUCT_SEARCH_INDEX,
    filters: filtersFor(request, text),
    pagination: { skip: request.offset, take: request.limit, order },
    search_options: {
      match_strategy: provider === SEARCH_PROVIDER.POSTGRES ? "last" : "all",
      count: "exact",
      facets: Object.values(PRODUCT_FACETS).map((field) => ({ field, limit: 200, sort: "count" as const })),
    },
  }
}
