/**
 * Whether a request's body stays within `maxBytes`, found by reading a copy of
 * it as it streams in. A chunked body has no Content-Length to check up front
 * (the middleware checks that one first), so it is counted: the reading stops
 * as soon as the count passes the limit, and at most `maxBytes` (plus the last
 * chunk) is ever held, by the copy the page then reads. The rest is never
 * pulled from the connection.
 */
export async function bodyWithinLimit(request: Request, maxBytes: number): Promise<boolean> {
  if (!request.body) return true
  // A tee: what the copy reads stays queued for the page's own read of `request`.
  const reader = request.clone().body!.getReader()
  let received = 0
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      received += chunk.value.byteLength
      if (received > maxBytes) return false
    }
    return true
  } finally {
    reader.cancel().catch(() => undefined)
  }
}
