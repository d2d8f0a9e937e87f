/**
 * What a panel page does when the backend refused to give it what it shows:
 * - "not-found": the backend scopes every producer route to the signed-in producer, so another
 *   producer's product (or a made-up id) is a 404 there and the storefront's 404 page here;
 * - "sign-in": the token is no longer accepted;
 * - "pending-or-sign-in": a 403 is either a producer still awaiting activation or a suspended one;
 * - "error": anything else is the storefront's fault or the backend's, and is thrown.
 */
export type LoadFailure = "not-found" | "sign-in" | "pending-or-sign-in" | "error"

export function loadFailure(status: number | undefined): LoadFailure {
  if (status === 404) return "not-found"
  if (status === 401) return "sign-in"
  if (status === 403) return "pending-or-sign-in"
  return "error"
}
