/**
 * The visitor's address as the storefront's server saw it (Astro's
 * clientAddress: the connection's address, or the forwarding header of a
 * proxy whose host `security.allowedDomains` names), or undefined where Astro
 * cannot tell (it throws then). The backend counts logins and reset requests
 * per address and believes X-Forwarded-For from the storefront (a trusted
 * proxy, TRUSTED_PROXIES): passed on, so visitors do not all share the
 * storefront's one address and its one count.
 */
export function clientAddressOf(context: { clientAddress?: string }) {
  try {
    return context.clientAddress
  } catch {
    return undefined
  }
}

export const forwardedFor = (address: string | undefined): Record<string, string> => (address ? { "x-forwarded-for": address } : {})
