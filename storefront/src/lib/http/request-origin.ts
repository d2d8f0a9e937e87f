import { BlockList, isIP } from "node:net"

/**
 * Where a request really comes from when the storefront runs behind a TLS proxy.
 *
 * The proxy talks plain http to us and says what the visitor used in
 * X-Forwarded-Proto / X-Forwarded-Host / X-Forwarded-For. Anybody can send those
 * headers, so they count only when the connection itself comes from one of the
 * configured proxies (TRUSTED_PROXIES). Astro's own `security.allowedDomains`
 * is fixed at build time and, once a host matches, believes X-Forwarded-For from
 * every client, so the storefront decides here, from runtime configuration.
 */

export type ProxySettings = {
  /** The address buyers use, e.g. https://pasardesa.pacitankab.go.id (PUBLIC_ORIGIN). */
  publicOrigin?: string
  /** Peers whose X-Forwarded-* headers are believed. */
  trustedProxies: BlockList
}

export type RequestFacts = {
  /** The URL as the server received it (http, the Host header). */
  url: URL
  headers: Headers
  /** The connection's own address (Astro's clientAddress without allowedDomains). */
  peer: string | undefined
}

/** IPv4 peers of a dual-stack server arrive as ::ffff:a.b.c.d. */
function plainAddress(address: string) {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  return mapped ? mapped[1] : address
}

/** TRUSTED_PROXIES: addresses and CIDR ranges, comma or space separated ("127.0.0.1, 172.16.0.0/12"). */
export function parseTrustedProxies(list: string | undefined): BlockList {
  const proxies = new BlockList()
  for (const entry of (list ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address, prefix] = entry.split("/")
    const family = isIP(address)
    if (!family || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is neither an IP address nor a CIDR range`)
    }
    const type = family === 4 ? "ipv4" : "ipv6"
    if (prefix === undefined) proxies.addAddress(address, type)
    else proxies.addSubnet(address, Number(prefix), type)
  }
  return proxies
}

export function isTrustedProxy(address: string | undefined, proxies: BlockList) {
  if (!address) return false
  const plain = plainAddress(address)
  const family = isIP(plain)
  return family !== 0 && proxies.check(plain, family === 4 ? "ipv4" : "ipv6")
}

const firstValue = (header: string | null) => header?.split(",")[0]?.trim() || undefined

/** The origin the visitor's browser used: from a trusted proxy's headers, else the URL as received. */
export function requestOrigin(request: RequestFacts, settings: ProxySettings): string {
  if (!isTrustedProxy(request.peer, settings.trustedProxies)) return request.url.origin
  const proto = firstValue(request.headers.get("x-forwarded-proto")) ?? request.url.protocol.slice(0, -1)
  const host = firstValue(request.headers.get("x-forwarded-host")) ?? request.url.host
  if (!/^https?$/.test(proto) || !URL.canParse(`${proto}://${host}`)) return request.url.origin
  const forwarded = new URL(`${proto}://${host}`)
  // Only a bare host[:port] is an origin; anything else (a path, credentials) is a forgery.
  return forwarded.host === host.toLowerCase() ? forwarded.origin : request.url.origin
}

/** The origins a same-site form may come from: the configured public one and the one this request was made to. */
export function acceptedOrigins(request: RequestFacts, settings: ProxySettings): string[] {
  const origins = [requestOrigin(request, settings)]
  if (settings.publicOrigin) origins.push(new URL(settings.publicOrigin).origin)
  return origins
}

/** Cookies are Secure whenever the visitor is on https: the public origin says so, or the trusted proxy does. */
export function cookiesSecure(request: RequestFacts, settings: ProxySettings) {
  return (settings.publicOrigin !== undefined && new URL(settings.publicOrigin).protocol === "https:") || requestOrigin(request, settings).startsWith("https:")
}

/**
 * The visitor's own address: the connection's peer, or, when that peer is a trusted proxy,
 * the nearest address in X-Forwarded-For that is not one of our proxies (each proxy appends
 * the address it saw, so the right end is the part we can trust).
 */
export function visitorAddress(request: Pick<RequestFacts, "headers" | "peer">, proxies: BlockList): string | undefined {
  if (!isTrustedProxy(request.peer, proxies)) return request.peer
  const chain = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean)
  for (let index = chain.length - 1; index >= 0; index--) {
    const hop = plainAddress(chain[index])
    if (!isIP(hop)) return request.peer
    if (!isTrustedProxy(hop, proxies)) return hop
  }
  return request.peer
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"])
const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]

/**
 * Astro's `checkOrigin` rule, with the public origin among the accepted ones: a state-changing
 * request that a page on another site could send (a form post, or anything without a content
 * type) must carry one of our origins. JSON and other types cannot cross sites without CORS.
 */
export function isCrossSiteSubmission(method: string, headers: Headers, accepted: string[]) {
  if (SAFE_METHODS.has(method)) return false
  const contentType = headers.get("content-type")?.toLowerCase()
  if (contentType && !FORM_TYPES.some((type) => contentType.includes(type))) return false
  return !accepted.includes(headers.get("origin") ?? "")
}
