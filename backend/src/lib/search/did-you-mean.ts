import type { MedusaContainer, SearchTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCT_FACETS } from "./query-options"

/** What the search offers when a buyer's words found nothing ("kopi luwak" -> "kopi", Minuman). */
export type DidYouMean = {
  /** Fewer of the buyer's own words that do find products, most words first. */
  queries: Array<{ q: string; count: number }>
  /** The categories those find most, or the shop's largest when none of the words finds anything. */
  categories: Array<{ handle: string; name: string; count: number }>
}

/**
 * Each word considered costs two more searches on a query that found nothing,
 * and anyone can send such queries: past three words a buyer's meaning is in
 * the first ones anyway, so at most six searches answer one miss.
 */
const MAX_WORDS = 3
const MAX_QUERIES = 3
const MAX_CATEGORIES = 3

/**
 * The queries a buyer may have meant with fewer of their words: each word
 * left out in turn, then each word alone, most words first.
 *
 * @example
 * shorterQueries(["kopi", "luwak", "bubuk"]) // ["luwak bubuk", "kopi bubuk", "kopi luwak", "kopi", "luwak", "bubuk"]
 */
export function shorterQueries(words: string[]): string[] {
  const kept = words.slice(0, MAX_WORDS)
  if (kept.length < 2) return []
  const leaveOneOut = kept.map((_, left) => kept.filter((__, index) => index !== left).join(" "))
  return [...new Set([...leaveOneOut, ...kept])].filter((query) => query !== kept.join(" "))
}

function categoryCounts(result: SearchTypes.SearchResult): Array<{ handle: string; count: number }> {
  const facet = result.facets?.[PRODUCT_FACETS.category]
  return facet?.type === "value" ? facet.values.map(({ value, count }) => ({ handle: String(value), count })) : []
}

async function withNames(container: MedusaContainer, counts: Array<{ handle: string; count: number }>): Promise<DidYouMean["categories"]> {
  if (!counts.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_category", fields: ["handle", "name"], filters: { handle: counts.map(({ handle }) => handle) } })
  const names = new Map(data.map((category: { handle: string; name: string }) => [category.handle, category.name]))
  return counts.flatMap(({ handle, count }) => (names.has(handle) ? [{ handle, name: names.get(handle)!, count }] : []))
}

/**
 * For a search that found nothing: the shorter queries that find products and
 * their categories. `search` runs one text with the buyer's filters on the
 * active engine, so both engines offer the same.
 */
export async function didYouMean(
  container: MedusaContainer,
  words: string[],
  search: (text: string) => Promise<SearchTypes.SearchResult>
): Promise<DidYouMean> {
  const candidates = shorterQueries(words)
  const results = await Promise.all(candidates.map(async (q) => ({ q, result: await search(q) })))
  const finding = results
    .filter(({ result }) => (result.metadata.count ?? 0) > 0)
    .sort((a, b) => b.q.split(" ").length - a.q.split(" ").length || (b.result.metadata.count ?? 0) - (a.result.metadata.count ?? 0))
    .slice(0, MAX_QUERIES)
  // Nothing near: the largest categories still show the buyer a way on.
  const categorySource = finding[0]?.result ?? (await search(""))
  return {
    queries: finding.map(({ q, result }) => ({ q, count: result.metadata.count ?? 0 })),
    categories: await withNames(container, categoryCounts(categorySource).slice(0, MAX_CATEGORIES)),
  }
}
