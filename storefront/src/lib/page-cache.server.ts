import { LRUCache } from "lru-cache"

/**
 * Rendered catalogue pages, each with the tags of what it shows. Only pages
 * that are the same for every visitor qualify: they read no cookie and set
 * none (cart, checkout, account and panel pages never do).
 *
 * A change the backend reports (lib/data/catalogue-changes.ts) touches only the
 * pages that show its tag. A hard change (who may see a product) removes them
 * at once. A soft one (stock, price, text) marks them stale: one request renders
 * the page again while the others still get the old copy, for a few seconds at
 * most, so a shop taking orders does not render every page at once.
 */
const CATALOGUE_PAGE = /^\/(?:en\/?)?(?:|produk|produk\/[^/]+|cari|produsen\/[^/]+|desa\/[^/]+|kecamatan\/[^/]+|sitemap\.xml)\/?$/
/** Rendered pages are small (4–50 KB gzip); this holds thousands and bounds memory whatever is asked. */
const MAX_BYTES = 64 * 1024 * 1024
/** A safety net if a change ever reaches no event: nothing is served older than this. */
const MAX_AGE_MS = 10 * 60 * 1000
/** How long a stale copy may still be served while one request renders its page again. */
export const STALE_SERVED_MS = 3_000
/** A page that recorded no tags is taken to show everything: any change touches it. */
const EVERYTHING = "*"

export type CatalogueChange = { tag: string; hard: boolean }
export type CachedPage = { status: number; headers: Array<[string, string]>; body: Uint8Array<ArrayBuffer>; tags: string[]; staleSince?: number }

const keysByTag = new Map<string, Set<string>>()
const pages = new LRUCache<string, CachedPage>({
  maxSize: MAX_BYTES,
  sizeCalculation: (page) => page.body.byteLength + 512,
  ttl: MAX_AGE_MS,
  dispose: (page, key) => {
    for (const tag of page.tags) {
      keysByTag.get(tag)?.delete(key)
      if (keysByTag.get(tag)?.size === 0) keysByTag.delete(tag)
    }
  },
})

/**
 * Changes counted as they arrive; the count at a render's start tells whether one came during it.
 * For each tag (and for any tag): the count at its last change, and at its last hard one.
 */
let changesApplied = 0
type LastChange = { at: number; hardAt: number }
const lastChangeOf = new Map<string, LastChange>()
let lastChangeOfAny: LastChange = { at: 0, hardAt: 0 }
const after = (last: LastChange | undefined, hard: boolean): LastChange => ({ at: changesApplied, hardAt: hard ? changesApplied : (last?.hardAt ?? 0) })

export function isCataloguePage(method: string, url: URL): boolean {
  return method === "GET" && CATALOGUE_PAGE.test(url.pathname)
}

/** Compressed and plain copies are different entries. */
export function pageKey(url: URL, encoding: "gzip" | "identity"): string {
  return `${encoding} ${url.pathname}${url.search}`
}

export const cachedPage = (key: string): CachedPage | undefined => pages.get(key)

/** Applies the backend's changes to the pages that show their tags. */
export function applyChanges(changes: CatalogueChange[], now = Date.now()) {
  for (const { tag, hard } of changes) {
    changesApplied++
    lastChangeOf.set(tag, after(lastChangeOf.get(tag), hard))
    lastChangeOfAny = after(lastChangeOfAny, hard)
    for (const key of [...(keysByTag.get(tag) ?? []), ...(keysByTag.get(EVERYTHING) ?? [])]) {
      const page = pages.peek(key)
      if (!page) continue
      if (hard) pages.delete(key)
      else page.staleSince ??= now
    }
  }
  // What changed long ago matters to no render in progress.
  if (lastChangeOf.size > 50_000) lastChangeOf.clear()
}

/** Too many changes to list (or the backend forgot them): every page is rendered again. */
export function forgetAllPages() {
  changesApplied++
  lastChangeOfAny = after(lastChangeOfAny, true)
  pages.clear()
}

/** Where the change count stands as a render begins. */
export const renderStarts = () => changesApplied

/** How a page rendered since `startedAt` may be kept: not at all after a hard change of what it shows, stale after a soft one. */
function changedDuring(tags: string[], startedAt: number): "hard" | "soft" | undefined {
  const changes = tags.includes(EVERYTHING) ? [lastChangeOfAny] : tags.flatMap((tag) => lastChangeOf.get(tag) ?? [])
  if (changes.some((change) => change.hardAt > startedAt)) return "hard"
  return changes.some((change) => change.at > startedAt) ? "soft" : undefined
}

function keep(key: string, page: CachedPage, startedAt: number) {
  const changed = changedDuring(page.tags, startedAt)
  if (changed === "hard") return
  if (changed === "soft") page.staleSince = Date.now()
  pages.set(key, page)
  for (const tag of page.tags) {
    let keys = keysByTag.get(tag)
    if (!keys) keysByTag.set(tag, (keys = new Set()))
    keys.add(key)
  }
}

/**
 * Serves the response and keeps a copy of it: the body streams to the browser
 * as it is rendered, and the copy is stored once it has been read to the end.
 * Only complete 200 pages without cookies are kept. Resolves `stored` either way.
 */
export function keepWhileServing(key: string, tags: () => string[], startedAt: number, response: Response, stored: () => void): Response {
  if (response.status !== 200 || !response.body || response.headers.has("set-cookie")) {
    stored()
    return response
  }
  const [toBrowser, toCache] = response.body.tee()
  const headers = [...response.headers.entries()]
  new Response(toCache)
    .arrayBuffer()
    .then((body) => {
      const shown = tags()
      keep(key, { status: response.status, headers, body: new Uint8Array(body), tags: shown.length ? shown : [EVERYTHING] }, startedAt)
    })
    .catch(() => {}) // a page that failed half-way is simply not kept
    .finally(stored)
  return new Response(toBrowser, { status: response.status, statusText: response.statusText, headers: response.headers })
}

export function servePage(page: CachedPage): Response {
  return new Response(page.body, { status: page.status, headers: page.headers })
}
