/**
 * The header that names the visitor (visitorAddressOf in http/request-origin.server.ts)
 * to the backend. The backend counts logins and reset requests per address
 * and believes X-Forwarded-For from the storefront (a trusted proxy of its
 * own): passed on, so visitors do not all share the storefront's one address
 * and its one count.
 */
export const forwardedFor = (address: string | undefined): Record<string, string> => (address ? { "x-forwarded-for": address } : {})
