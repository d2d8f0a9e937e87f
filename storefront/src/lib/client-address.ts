import { visitorAddressOf } from "./http/request-origin.server"

/**
 * The visitor's address: the connection's, or behind a proxy the storefront
 * trusts (its TRUSTED_PROXIES) the one the proxy names; undefined where it
 * cannot be told. The backend counts logins and reset requests per address
 * and believes X-Forwarded-For from the storefront (a trusted proxy of its
 * own): passed on, so visitors do not all share the storefront's one address
 * and its one count.
 */
export function clientAddressOf(context: { url: URL; request: Request; clientAddress?: string }) {
  return visitorAddressOf(context)
}

export const forwardedFor = (address: string | undefined): Record<string, string> => (address ? { "x-forwarded-for": address } : {})
