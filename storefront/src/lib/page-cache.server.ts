import { LRUCache } from "lru-cache"

/**
 * Rendered catalogue pages, kept while the backend's catalogue revision stays
 * the same. Only pages that are the same for every visitor qualify: they read
 * no cookie and set none (cart, checkout, account and panel pages never do).
 */
const CATALOGUE_PAGE = /^\/(?:en\/?)?(?:|produk|produk\/[^/]+|cari|produsen\/[^/]+|desa\/[^/]+|kecamatan\/[^/]+|sitemap\.xml)\/?$/
/** Rendered pages are small (4–50 KB gzip); this holds thousands and bounds memory whatever is asked. */
const MAX_BYTES = 64 * 1024 * 1024
/** A safety net if a change ever reaches no event: nothing is served older than this. */
const MAX_AGE_MS = 10 * 60 * 1000

export type CachedPage = { revision: number; status: number; headers: Array<[string, string]>; body: Uint8Array<ArrayBuffer> }

const pages = new LRUCache<string, CachedPage>({ maxSize: MAX_BYTES, sizeCalculation: (page) => page.body.byteLength + 512, ttl: MAX_AGE_MS })

export function isCataloguePage(method: string, url: URL): boolean {
  return method === "GET" && CATALOGUE_PAGE.test(url.pathname)
}

/** Compressed and plain copies are different entries. */
export function pageKey(url: URL, encoding: "gzip" | "identity"): string {
  return `${encoding} ${url.pathname}${url.search}`
}

export function cachedPage(key: string, revision: number): CachedPage | undefined {
  const page = pages.get(key)
  return page?.revision === revision ? page : undefined
}

/**
 * Serves the response and keeps a copy of it: the body streams to the browser
 * as it is rendered, and the copy is stored once it has been read to the end.
 * Only complete 200 pages without cookies are kept.
 */
export function keepWhileServing(key: string, revision: number, response: Response): Response {
  if (response.status !== 200 || !response.body || response.headers.has("set-cookie")) return response
  const [toBrowser, toCache] = response.body.tee()
  const headers = [...response.headers.entries()]
  new Response(toCache)
    .arrayBuffer()
    .then((body) => pages.set(key, { revision, status: response.status, headers, body: new Uint8Array(body) }))
    .catch(() => {}) // a page that failed half-way is simply not kept
  return new Response(toBrowser, { status: response.status, statusText: response.statusText, headers: response.headers })
}

export function servePage(page: CachedPage): Response {
  return new Response(page.body, { status: page.status, headers: page.headers })
}
