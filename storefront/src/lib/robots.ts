/** Pages that belong to one buyer (cart, checkout, account, orders) or serve islands: nothing there for a search engine. */
const PRIVATE_PATHS = ["/keranjang", "/checkout", "/akun", "/pesanan", "/api"]

/**
 * robots.txt for the origin the site is served from: crawlers accept only an
 * absolute sitemap URL, and the origin is known per request, not at build time.
 */
export function robotsTxt(origin: string): string {
  const disallowed = PRIVATE_PATHS.flatMap((path) => [path, `/en${path}`])
  return ["User-agent: *", "Allow: /", ...disallowed.map((path) => `Disallow: ${path}`), `Sitemap: ${origin}/sitemap.xml`, ""].join("\n")
}
