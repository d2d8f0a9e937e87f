import { isBackendBusy } from "./http/backend-busy"

/**
 * The code a refused cart or checkout change redirects with (see i18n/problems.ts). The
 * backend's own wording stays out of the address: only these codes travel in `?galat=`.
 */
export function problemCode(error: unknown): "out_of_stock" | "busy" | "overloaded" | "refused" {
  const { status, message } = (error ?? {}) as { status?: number; message?: string }
  // The backend was too busy to take the request at all: nothing changed, trying again soon is right.
  if (isBackendBusy(error)) return "overloaded"
  // Another request holds the cart's lock (the backend answers 409 and asks to wait).
  if (status === 409) return "busy"
  if (/\bstok\b|\bstock\b|inventory/i.test(message ?? "")) return "out_of_stock"
  return "refused"
}
