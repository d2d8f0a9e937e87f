import { STOREFRONT_PAGE_CACHE } from "astro:env/server"
import { defineMiddleware, sequence } from "astro:middleware"
import { readCatalogueChanges } from "./lib/data/catalogue-changes"
import { bodyWithinLimit } from "./lib/http/body-limit"
import { isCrossSiteSubmission } from "./lib/http/request-origin"
import { formOrigins } from "./lib/http/request-origin.server"
import { cachedPage, isCataloguePage, keepWhileServing, pageKey, renderStarts, servePage, STALE_SERVED_MS } from "./lib/page-cache.server"
import { tagsShownBy } from "./lib/page-tags.server"
import { measureRequest } from "./lib/http/measure-request"

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/

/**
 * Headers every response carries: no sniffing, no framing by other sites, no
 * full URLs leaked to them. Pages get Astro's fuller policy (astro.config.mjs,
 * with the hashes of their scripts); this one covers what Astro does not render
 * (endpoints, redirects), so nothing leaves without a policy.
 */
const SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  "x-frame-options": "DENY",
}

/**
 * The Node adapter sends responses uncompressed; on a slow phone connection
 * gzip cuts an HTML page to a fraction, so compress here with the platform's
 * own CompressionStream when the browser accepts it.
 */
function statusOf(response: Response) {
  // Astro renders its error page (pages/500.astro) with 500 whatever the page sets; the page asks
  // to retry only when the backend was too busy, which is a 503.
  if (response.status === 500 && response.headers.has("retry-after")) return 503
  // An English page is rendered through Astro's i18n fallback, which gives it 302 and no Location:
  // it is the page itself, not a redirect.
  if (response.status === 302 && !response.headers.has("location")) return 200
  return response.status
}

function finish(response: Response, gzip: boolean): Response {
  // A copy: some responses (redirects) come with headers that cannot be changed.
  const headers = new Headers(response.headers)
  const status = statusOf(response)
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (!headers.has(name)) {
      headers.set(name, value)
    }
  }
  const type = headers.get("content-type") ?? ""
  if (!response.body || headers.has("content-encoding") || !COMPRESSIBLE.test(type) || !gzip) {
    return new Response(response.body, { status, headers })
  }
  headers.set("content-encoding", "gzip")
  headers.append("vary", "accept-encoding")
  headers.delete("content-length")
  return new Response(response.body.pipeThrough(new CompressionStream("gzip")), { status, headers })
}

const acceptsGzip = (request: Request) => /\bgzip\b/.test(request.headers.get("accept-encoding") ?? "")

function marked(response: Response, cache: "hit" | "stale" | "miss"): Response {
  response.headers.set("x-cache", cache)
  return response
}

/** Every form of the storefront fits in a few kilobytes; a bigger body is refused, counted as it streams in. */
const MAX_BODY_BYTES = 1024 * 1024
/** Except a photo of a transfer receipt: the backend takes up to 8 MB, plus the form's own bytes. */
const RECEIPT_BODY_BYTES = 9 * 1024 * 1024
const RECEIPT_FORM = /^(\/en)?\/pesanan\/[^/]+\/bukti$/

const bodyLimitOf = (url: URL) => (RECEIPT_FORM.test(url.pathname) ? RECEIPT_BODY_BYTES : MAX_BODY_BYTES)

function tooLarge(context: { request: Request; currentLocale?: string; url: URL }, gzip: boolean) {
  const megabytes = Math.floor(bodyLimitOf(context.url) / (1024 * 1024))
  const message = context.currentLocale === "en" ? `Request too large: at most ${megabytes} MB.` : `Permintaan terlalu besar: paling banyak ${megabytes} MB.`
  return finish(new Response(message, { status: 413, headers: { "content-type": "text/plain; charset=utf-8" } }), gzip)
}

function crossSite(context: { request: Request; currentLocale?: string }, gzip: boolean) {
  const message =
    context.currentLocale === "en" ? "Forms of this shop can only be sent from its own pages." : "Formulir toko ini hanya bisa dikirim dari halamannya sendiri."
  return finish(new Response(message, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } }), gzip)
}

/** Pages being rendered for the cache: others asking for the same page wait for it, or get the stale copy. */
const rendering = new Map<string, { done: Promise<void>; since: number }>()
/** How long a request waits for another's render of the same page before rendering it itself. */
const LONGEST_WAIT_MS = 10_000

const settled = (promise: Promise<void>, ms: number) => Promise.race([promise, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())])

/**
 * A form from another site is refused (403) and an oversized body (413), both
 * before any page reads the request. Then catalogue pages (the same for every
 * visitor) are served from the page cache, already compressed, until something
 * they show changes (lib/page-cache.server.ts); everything else is rendered each
 * time. One request renders a page at a time: the others get the stale copy for
 * a few seconds, or wait for the render when there is none. When the backend
 * cannot say what changed the page is rendered, never served from the cache.
 */
const guardAndCache = defineMiddleware(async (context, next) => {
  const gzip = acceptsGzip(context.request)
  const { method, headers } = context.request
  if (method !== "GET" && method !== "HEAD" && isCrossSiteSubmission(method, headers, formOrigins(context))) {
    return crossSite(context, gzip)
  }
  // A declared length over the limit is refused unread (Node discards the body); a chunked one is counted.
  const bodyLimit = bodyLimitOf(context.url)
  if (Number(headers.get("content-length") ?? 0) > bodyLimit || !(await bodyWithinLimit(context.request, bodyLimit))) {
    return tooLarge(context, gzip)
  }
  if (STOREFRONT_PAGE_CACHE === "off" || !isCataloguePage(context.request.method, context.url) || !(await readCatalogueChanges())) {
    return finish(await next(), gzip)
  }
  const key = pageKey(context.url, gzip ? "gzip" : "identity")
  let page = cachedPage(key)
  if (page && page.staleSince === undefined) return marked(servePage(page), "hit")
  const inProgress = rendering.get(key)
  if (inProgress && page && Date.now() - inProgress.since <= STALE_SERVED_MS) return marked(servePage(page), "stale")
  if (inProgress && !page) {
    await settled(inProgress.done, LONGEST_WAIT_MS)
    page = cachedPage(key)
    if (page && page.staleSince === undefined) return marked(servePage(page), "hit")
  }
  const startedAt = renderStarts()
  let done = () => {}
  const mine = { done: new Promise<void>((resolve) => (done = resolve)), since: Date.now() }
  rendering.set(key, mine)
  const stored = () => {
    if (rendering.get(key) === mine) rendering.delete(key)
    done()
  }
  try {
    return keepWhileServing(key, () => tagsShownBy(context.request), startedAt, marked(finish(await next(), gzip), "miss"), stored)
  } catch (error) {
    stored()
    throw error
  }
})

/** Every answer is timed (lib/http/measure-request.ts), refusals and cache hits included. */
const guardedAndTimed = sequence(measureRequest, guardAndCache)

/**
 * Some requests pass through the middleware twice: a form posted under /en/
 * reaches its endpoint through the i18n fallback's rewrite, and a page that
 * fails is answered by pages/500.astro. The guards, the cache and the timing act
 * once, on the address the visitor asked for; every answer is finished (headers,
 * status, compression), which a second time changes nothing.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const locals = context.locals as { guarded?: true }
  if (!locals.guarded) {
    locals.guarded = true
    // sequence() is typed to allow no answer; ours always give one.
    return guardedAndTimed(context, next) as Promise<Response>
  }
  return finish(await next(), acceptsGzip(context.request))
})
