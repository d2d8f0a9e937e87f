import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { SEARCH_SUPPORT_MODULE } from "../../modules/search-support"
import type SearchSupportModuleService from "../../modules/search-support/service"
import { SEARCH_PROVIDER } from "../search-config"
import type { ProductSearchDocument } from "./product-document"
import { PRODUCT_SEARCH_INDEX } from "./product-document"
import { didYouMean, type DidYouMean } from "./did-you-mean"
import { buildProductSearchQuery, PRODUCT_FACETS, type ProductSearchRequest, queryTextFor } from "./query-options"
import { queryWordsWithoutStopWords } from "./synonyms"

type FacetName = keyof typeof PRODUCT_FACETS
type FacetValues = Array<{ value: string; count: number }>

export type ProductSearchResponse = {
  hits: Array<
    Pick<ProductSearchDocument, "id" | "handle" | "title" | "thumbnail" | "price" | "producer" | "desa" | "kecamatan" | "category" | "halal" | "in_stock">
  >
  facets: Record<FacetName, FacetValues>
  count: number
  limit: number
  offset: number
  /** The query actually answered when the buyer's words found nothing and were corrected ("kopu" -> "kopi"). */
  corrected_q: string | null
  /** Only when nothing was found: fewer of the buyer's words that find products, and categories to browse. */
  did_you_mean: DidYouMean | null
}

function presentHit(document: ProductSearchDocument): ProductSearchResponse["hits"][number] {
  return {
    id: document.id,
    handle: document.handle,
    title: document.title,
    thumbnail: document.thumbnail ?? null,
    price: document.price ?? null,
    producer: document.producer ?? null,
    desa: document.desa ?? null,
    kecamatan: document.kecamatan ?? null,
    category: document.category ?? null,
    halal: document.halal === true,
    in_stock: document.in_stock === true,
  }
}

function presentFacets(facets: SearchTypes.SearchResult["facets"]): ProductSearchResponse["facets"] {
  const present = (field: string): FacetValues => {
    const facet = facets?.[field]
    return facet?.type === "value" ? facet.values.map(({ value, count }) => ({ value: String(value), count })) : []
  }
  return Object.fromEntries(Object.entries(PRODUCT_FACETS).map(([name, field]) => [name, present(field)])) as ProductSearchResponse["facets"]
}

/**
 * PostgreSQL's typo path, taken only when a query found nothing: each word is
 * replaced by its closest indexed word (trigram index on search_word) and the
 * full-text query runs again. Returns undefined when no word changed.
 */
async function correctedQueryText(container: MedusaContainer, text: string): Promise<string | undefined> {
  const support: SearchSupportModuleService = container.resolve(SEARCH_SUPPORT_MODULE)
  const table = await support.activePostgresTable(PRODUCT_SEARCH_INDEX)
  if (!table) return undefined
  await support.refreshWords(table)
  const words = text.split(" ")
  const corrected = queryWordsWithoutStopWords((await support.correctWords(words)).join(" ")).join(" ")
  return corrected !== text ? corrected : undefined
}

/**
 * Searches buyer-visible products through the Search Module, whichever engine
 * serves the product index.
 *
 * @example
 * await searchProducts(req.scope, { q: "gula jawa", sort: "relevance", limit: 24, offset: 0, sales_channel_ids })
 */
export async function searchProducts(container: MedusaContainer, request: ProductSearchRequest): Promise<ProductSearchResponse> {
  const searchModule = container.resolve(Modules.SEARCH)
  const provider = searchModule.getIndex(PRODUCT_SEARCH_INDEX).provider
  const text = queryTextFor(provider, request.q)
  const searchText = (words: string) => searchModule.search(buildProductSearchQuery(provider, request, words))
  let result = await searchText(text)
  let correctedQ: string | null = null
  let corrected: string | undefined
  if (provider === SEARCH_PROVIDER.POSTGRES && text && !result.metadata.count) {
    corrected = await correctedQueryText(container, text)
    if (corrected) {
      result = await searchText(corrected)
      correctedQ = corrected
    }
  }
  const nothingFound = Boolean(text) && !result.metadata.count && request.offset === 0
  // PostgreSQL's corrected words are the nearer start; Meilisearch corrects inside each search.
  const words = corrected?.split(" ") ?? queryWordsWithoutStopWords(request.q ?? "")
  const countText = (other: string) => searchModule.search(buildProductSearchQuery(provider, { ...request, limit: 1, offset: 0 }, other))
  const offered = nothingFound ? await didYouMean(container, words, countText) : null
  return {
    hits: result.hits.map((hit) => presentHit(hit.document as ProductSearchDocument)),
    facets: presentFacets(result.facets),
    count: result.metadata.count ?? result.hits.length,
    limit: request.limit,
    offset: request.offset,
    corrected_q: correctedQ,
    did_you_mean: offered,
  }
}
