import { PUBLIC_ORIGIN, TRUSTED_PROXIES } from "astro:env/server"
import { acceptedOrigins, cookiesSecure, parseTrustedProxies, requestOrigin, visitorAddress, type ProxySettings, type RequestFacts } from "./request-origin"

/** Read once, on the first request: a malformed TRUSTED_PROXIES answers 500 with the entry named in the log. */
const settings: ProxySettings = {
  publicOrigin: PUBLIC_ORIGIN ? new URL(PUBLIC_ORIGIN).origin : undefined,
  trustedProxies: parseTrustedProxies(TRUSTED_PROXIES),
}

/** Astro's page and endpoint contexts (some callers' types leave the address out; it is there at runtime). */
type Context = { url: URL; request: Request; clientAddress?: string }

function factsOf(context: Context): RequestFacts {
  let peer: string | undefined
  try {
    peer = context.clientAddress
  } catch {
    // Prerendered at build time: no connection.
  }
  return { url: context.url, headers: context.request.headers, peer }
}

/** Origins a form of ours may be posted from (the CSRF check). */
export const formOrigins = (context: Context) => acceptedOrigins(factsOf(context), settings)

/** Whether cookies set now must be Secure: the visitor is on https, directly or through the proxy. */
export const secureCookies = (context: Context) => cookiesSecure(factsOf(context), settings)

/** The visitor's address as the backend should see it (login and reset throttling per visitor). */
export const visitorAddressOf = (context: Context) => visitorAddress(factsOf(context), settings.trustedProxies)

/** The shop's own address for links that leave the page (robots.txt, the sitemap): PUBLIC_ORIGIN, else what the visitor used. */
export const siteOrigin = (context: Context) => settings.publicOrigin ?? requestOrigin(factsOf(context), settings)
