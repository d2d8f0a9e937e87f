/**
 * Queries that find nothing in the seed catalogue, and what the search must
 * offer instead (`did_you_mean`). Nonsense must find nothing at all rather than
 * unrelated products; a real word the shop lacks ("luwak") must still lead the
 * buyer on, with the words that do find products and their categories. Every
 * case is answered by both engines (product-search-contract.ts).
 */
export type NoHitCase = {
  query: string
  why: string
  /** Shorter queries that must be offered (each among the first three). */
  queries?: string[]
  /** Category handles that must be offered. */
  categories?: string[]
}

export type NoHitAnswer = {
  hits: unknown[]
  count: number
  did_you_mean: { queries: Array<{ q: string; count: number }>; categories: Array<{ handle: string; name: string; count: number }> } | null
}

export const NO_HIT_CASES: NoHitCase[] = [
  { query: "kopi luwak", why: "no luwak in the shop: kopi still finds coffee", queries: ["kopi"], categories: ["minuman"] },
  { query: "madu kaliandra", why: "the kaliandra honey's producer is not active: madu still finds honey", queries: ["madu"], categories: ["minuman"] },
  { query: "keripik luwak pedas", why: "three words, one unknown", queries: ["keripik pedas"] },
  { query: "asdfgh", why: "nonsense, not a typo of any word" },
  { query: "qwerty uiop", why: "two nonsense words" },
]

/** Checks one answer against its case; returns what is wrong, or nothing. */
export function noHitProblems(answer: NoHitAnswer, { query, queries = [], categories = [] }: NoHitCase): string[] {
  const problems: string[] = []
  if (answer.count !== 0 || answer.hits.length) problems.push(`'${query}' found ${answer.count} products`)
  if (!answer.did_you_mean) return [...problems, `'${query}' offered nothing (did_you_mean is ${answer.did_you_mean})`]
  const offered = answer.did_you_mean.queries.map(({ q }) => q)
  for (const wanted of queries) if (!offered.includes(wanted)) problems.push(`'${query}' offered [${offered.join(", ")}], not '${wanted}'`)
  if (answer.did_you_mean.queries.some(({ count }) => count < 1)) problems.push(`'${query}' offered a query that finds nothing`)
  const offeredCategories = answer.did_you_mean.categories.map(({ handle }) => handle)
  for (const wanted of categories)
    if (!offeredCategories.includes(wanted)) problems.push(`'${query}' offered categories [${offeredCategories.join(", ")}], not '${wanted}'`)
  if (answer.did_you_mean.categories.some(({ name }) => !name)) problems.push(`'${query}' offered a category without its name`)
  return problems
}
