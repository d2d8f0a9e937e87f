/** Pure handling of the results page's query string, shared by the page and its tests. */

/** The filters and sort the results page understands; the same names as the store search route. */
export const FILTER_KEYS = ["kecamatan", "desa", "producer", "category", "halal", "in_stock", "price_min", "price_max"] as const
export const SORTS = ["relevance", "price_asc", "price_desc", "newest"] as const
export const PAGE_SIZE = 24

export type SearchParams = Partial<Record<(typeof FILTER_KEYS)[number] | "q" | "sort", string>> & { page: number }
export type Facet = { value: string; label?: string; count: number }

/** Reads the visitor's query string, keeping only what the search route accepts. */
export function readSearchParams(url: URL): SearchParams {
  const params: SearchParams = { page: Math.max(1, Math.min(400, Number.parseInt(url.searchParams.get("halaman") ?? "1", 10) || 1)) }
  for (const key of ["q", "sort", ...FILTER_KEYS] as const) {
    const value = url.searchParams.get(key)?.trim()
    if (value) {
      params[key] = value.slice(0, 200)
    }
  }
  return params
}

/** The index facets on handles; a reader wants words: "kebonagung" → "Kebonagung", "bumbu-rempah" → "Bumbu Rempah". */
export function labelFromHandle(handle: string) {
  return handle
    .split("-")
    .map((word) => (word ? word[0].toUpperCase() + word.slice(1) : word))
    .join(" ")
}
