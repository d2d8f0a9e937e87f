/** How long a buyer is asked to wait when the shop is too busy to answer (the backend asks for about as long). */
export const BUSY_RETRY_AFTER_SECONDS = 5

/**
 * The backend refused the request unread because it is overloaded (503): nothing
 * was done, and the same request a few seconds later is right.
 */
export function isBackendBusy(error: unknown): boolean {
  return (error as { status?: number } | null)?.status === 503
}
