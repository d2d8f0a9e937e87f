/**
 * Whether a request's body stays within `maxBytes`, found by reading a copy of
 * it as it streams in. A chunked body has no Content-Length to check up front
 * (the middleware checks that one first), so it is counted: the count stops as
 * soon as it passes the limit, and at most `maxBytes` (plus the last chunk) is
 * ever held, by the copy the page then reads.
 *
 * A body over the limit is not read by the page: its copy is dropped and the
 * rest is read and thrown away in the background, so that the client finishes
 * sending and reads the 413 (closing the connection under a client that is still
 * sending makes it lose the answer). The adapter's `bodySizeLimit` cuts the
 * connection where that draining would go on too long.
 */
export async function bodyWithinLimit(request: Request, maxBytes: number): Promise<boolean> {
  if (!request.body) return true
  // A tee: what the copy reads stays queued for the page's own read of `request`.
  const reader = request.clone().body!.getReader()
  let received = 0
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      received += chunk.value.byteLength
      if (received > maxBytes) {
        request.body.cancel().catch(() => undefined)
        void drain(reader)
        return false
      }
    }
  } catch {
    // The client went away: nothing for the page to read either.
    return false
  }
  return true
}

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>) {
  try {
    while (!(await reader.read()).done) {
      // dropped
    }
  } catch {
    // cut off by the adapter's limit, or the client left
  }
}
