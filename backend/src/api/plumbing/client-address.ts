import type { MedusaRequest } from "@medusajs/framework/http"
import proxyaddr from "proxy-addr"
import { readBackendEnv } from "../../lib/env"

let trusted: ((address: string, hop: number) => boolean) | undefined

/**
 * The address a request comes from, for counting attempts per address.
 * Medusa trusts one proxy hop for everyone (its req.ip), so anyone who reaches
 * the backend's port could name any address in X-Forwarded-For and start a
 * fresh count with each request. Here the header is believed only as far as
 * it was written by a proxy in TRUSTED_PROXIES (by default the loopback
 * addresses: the storefront beside the backend, which passes its visitor's
 * address on), with Express's own proxy-addr walk.
 */
export function clientAddressOf(req: MedusaRequest): string {
  trusted ??= proxyaddr.compile(readBackendEnv(process.env).TRUSTED_PROXIES)
  return proxyaddr(req, trusted)
}
