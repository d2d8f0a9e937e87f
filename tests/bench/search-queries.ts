// The fixed query mix of bench:search: the relevance cases, misspellings of real product
// titles and filtered queries, in the same order on every run and for both engines.
import { readFileSync } from "node:fs"
import path from "node:path"
import { RELEVANCE_CASES } from "../../backend/integration-tests/search/relevance-cases.ts"

export type QueryKind = "relevance" | "misspelled" | "filtered"
export type BenchQuery = { kind: QueryKind; params: string }

// Each block of ten requests: five misspellings, three relevance cases, two filtered queries.
const PATTERN: QueryKind[] = [
  "misspelled",
  "relevance",
  "misspelled",
  "filtered",
  "misspelled",
  "relevance",
  "misspelled",
  "relevance",
  "misspelled",
  "filtered",
]
const FILTER_WORDS = ["kopi", "madu", "gula", "ikan", "keripik", "batik", "jahe", "abon"]

/** A small seeded generator (mulberry32), so the shuffle is the same on every run. */
function seeded(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled<T>(items: T[], seed: number): T[] {
  const random = seeded(seed)
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other], copy[index]]
  }
  return copy
}

/**
 * One typo a buyer makes: an even `variant` drops an inner letter, an odd one
 * swaps two neighbouring inner letters (first and last letters stay, as people
 * rarely get those wrong).
 */
export function misspell(word: string, variant: number): string {
  const inner = word.length - 2
  if (variant % 2 === 1) {
    for (let attempt = 0; attempt < inner - 1; attempt++) {
      const at = 1 + ((variant + attempt) % (inner - 1))
      if (word[at] !== word[at + 1]) {
        return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
      }
    }
  }
  const at = 1 + (variant % inner)
  return word.slice(0, at) + word.slice(at + 1)
}

/** Two misspelled queries per seed product title: one word with a typo next to a correct word, and one typo alone. */
export function misspelledQueries(titles: string[]): string[] {
  const queries = new Set<string>()
  titles.forEach((title, index) => {
    const words = title
      .toLowerCase()
      .split(/\s+/)
      .filter((word) => /^[a-z]+$/.test(word))
    const long = words.filter((word) => word.length >= 5)
    if (!long.length) {
      return
    }
    const first = long[index % long.length]
    const companion = words.find((word) => word !== first && word.length >= 3)
    queries.add(companion ? `${misspell(first, index * 2)} ${companion}` : misspell(first, index * 2))
    queries.add(misspell(long[(index + 1) % long.length], index * 2 + 1))
  })
  return [...queries]
}

function filteredQueries(kecamatan: string[]): string[] {
  const queries: string[] = []
  kecamatan.forEach((handle, index) => queries.push(`q=${FILTER_WORDS[index % FILTER_WORDS.length]}&kecamatan=${handle}`))
  for (const word of FILTER_WORDS) {
    queries.push(`q=${word}&halal=true`, `q=${word}&sort=price_asc`)
  }
  kecamatan.slice(0, 4).forEach((handle, index) => queries.push(`q=${FILTER_WORDS[index]}&kecamatan=${handle}&halal=true&sort=price_asc`))
  return queries
}

/** `total` queries from the seed data in root, the same list on every call. */
export function buildQueryMix(root: string, total: number): BenchQuery[] {
  const products: Array<{ title: string }> = JSON.parse(readFileSync(path.join(root, "seed", "data", "products.json"), "utf8"))
  const places: { kecamatan: Array<{ handle: string }> } = JSON.parse(readFileSync(path.join(root, "seed", "data", "places.json"), "utf8"))
  const pools: Record<QueryKind, string[]> = {
    relevance: shuffled(
      RELEVANCE_CASES.map(({ query, params }) => `q=${encodeURIComponent(query)}${params ? `&${params}` : ""}`),
      1
    ),
    misspelled: shuffled(
      misspelledQueries(products.map((product) => product.title)).map((query) => `q=${encodeURIComponent(query)}`),
      2
    ),
    filtered: shuffled(filteredQueries(places.kecamatan.map((kecamatan) => kecamatan.handle)), 3),
  }
  const used: Record<QueryKind, number> = { relevance: 0, misspelled: 0, filtered: 0 }
  return Array.from({ length: total }, (_, index) => {
    const kind = PATTERN[index % PATTERN.length]
    const pool = pools[kind]
    return { kind, params: pool[used[kind]++ % pool.length] }
  })
}
