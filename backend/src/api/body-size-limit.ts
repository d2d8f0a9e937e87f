import type { MiddlewareRoute } from "@medusajs/framework/http"

/**
 * Medusa parses bodies with express's parsers and their 100 KB default. We
 * allow 1 MB on every surface a person or the panel writes to (the
 * storefront's own form limit is the same), and answer anything bigger with
 * 413 in Indonesian rather than body-parser's "request entity too large".
 *
 * Medusa's batch routes (e.g. /admin/products/batch) keep their own, larger
 * limit: their matchers are more specific than these wildcards, so Medusa's
 * router picks their setting first. Stripe's webhook keeps its raw-body
 * parser (default limit) for the same reason.
 */
export const BODY_SIZE_LIMIT = "1mb"
export const BODY_TOO_LARGE_MESSAGE = "Permintaan terlalu besar: paling banyak 1 MB."

export const bodySizeLimitRoutes: MiddlewareRoute[] = ["/store/*", "/admin/*", "/auth/*", "/producer/*"].map((matcher) => ({
  matcher,
  bodyParser: { sizeLimit: BODY_SIZE_LIMIT },
}))

/** body-parser's refusal of a body over the limit (an http-errors error, status 413). */
export function isBodyTooLarge(error: unknown): error is Error {
  return (error as { type?: string } | null)?.type === "entity.too.large"
}
