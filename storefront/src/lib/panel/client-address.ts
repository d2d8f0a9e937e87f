/**
 * The visitor's address as the storefront's server saw it, or undefined where
 * Astro cannot tell (it throws then). The backend counts logins and reset
 * requests per address: passed on as x-forwarded-for (the backend trusts one
 * proxy hop, the storefront), producers do not all share the storefront's one.
 */
export function clientAddressOf(context: { clientAddress?: string }) {
  try {
    return context.clientAddress
  } catch {
    return undefined
  }
}

export const forwardedFor = (address: string | undefined): Record<string, string> => (address ? { "x-forwarded-for": address } : {})
