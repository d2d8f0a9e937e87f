import http from "node:http"
import https from "node:https"

// meilisearch's type declarations are ESM-only while its CommonJS build is what
// runs here; the Meilisearch plugin recognises "index not found" by these classes.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- an import would resolve the ESM-only declarations (above)
const { MeiliSearchApiError, MeiliSearchRequestError } = require("meilisearch") as {
  MeiliSearchApiError: new (response: Response, body: unknown) => Error
  MeiliSearchRequestError: new (url: string, cause: unknown) => Error
}

/**
 * A meilisearch-js `httpClient` over node:http with keep-alive sockets.
 * Through Node's fetch a search on loopback waited 33-56 ms for a
 * Nagle/delayed-ACK stall while Meilisearch answered in a fraction of a
 * millisecond; reusing a socket with no-delay answers in ~1-2 ms.
 */
export function keepAliveHttpClient({ maxSockets = 32 } = {}) {
  const agents = {
    "http:": new http.Agent({ keepAlive: true, maxSockets }),
    "https:": new https.Agent({ keepAlive: true, maxSockets }),
  }
  return (input: string | URL | Request, init: RequestInit = {}): Promise<unknown> => {
    const url = new URL(input instanceof Request ? input.url : input)
    const headers: Record<string, string> = {}
    new Headers(init.headers).forEach((value, key) => (headers[key] = value))
    const body = typeof init.body === "string" || init.body instanceof Uint8Array ? init.body : init.body == null ? undefined : String(init.body)
    const client = url.protocol === "https:" ? https : http
    return new Promise((resolve, reject) => {
      const request = client.request(
        url,
        { method: init.method ?? "GET", headers, agent: agents[url.protocol as keyof typeof agents], signal: init.signal ?? undefined },
        (response) => {
          const chunks: Buffer[] = []
          response.on("data", (chunk: Buffer) => chunks.push(chunk))
          response.on("error", (error) => reject(new MeiliSearchRequestError(url.toString(), error)))
          response.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8")
            const parsed = text === "" ? undefined : JSON.parse(text)
            const status = response.statusCode ?? 0
            if (status >= 200 && status < 300) return resolve(parsed)
            reject(new MeiliSearchApiError(new Response(null, { status, statusText: response.statusMessage ?? "" }), parsed))
          })
        }
      )
      request.setNoDelay(true)
      request.on("error", (error) => reject(new MeiliSearchRequestError(url.toString(), error)))
      request.end(body)
    })
  }
}
