/** How often a request refused by a busy server is sent before its 503 is the answer. */
const MAX_ATTEMPTS = 10

/**
 * The store API over fetch in the shape backend/integration-tests/store-checkout.ts
 * expects of Medusa's test client: { status, data }, and a failed call rejects
 * with { response }. Lets suites and benches against a running backend check out
 * through the same flow as the backend's own tests.
 *
 * Like a well-behaved client, it sends a request again when a busy server
 * refused it unread (503 with Retry-After), after the wait the server asks for.
 */
export function fetchApi(baseUrl: string) {
  async function send(method: "GET" | "POST", url: string, headers: Record<string, string>, body: unknown) {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(`${baseUrl}${url}`, { method, headers, body: method === "POST" ? JSON.stringify(body) : undefined })
      const retryAfter = Number(response.headers.get("retry-after"))
      if (response.status !== 503 || !retryAfter || attempt === MAX_ATTEMPTS) return response
      await response.arrayBuffer()
      await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 * (0.5 + Math.random())))
    }
  }

  async function request(method: "GET" | "POST", url: string, body: unknown, config?: unknown) {
    const headers = { ...((config as { headers?: Record<string, string> } | undefined)?.headers ?? {}) }
    if (method === "POST") headers["content-type"] = "application/json"
    const response = await send(method, url, headers, body)
    const text = await response.text()
    const answer = { status: response.status, data: text ? JSON.parse(text) : null }
    if (response.status >= 400) throw { response: answer }
    return answer
  }
  return {
    get: (url: string, config?: unknown) => request("GET", url, undefined, config),
    post: (url: string, body: unknown, config?: unknown) => request("POST", url, body, config),
  }
}
