/**
 * The store API over fetch in the shape backend/integration-tests/store-checkout.ts
 * expects of Medusa's test client: { status, data }, and a failed call rejects
 * with { response }. Lets suites and benches against a running backend check out
 * through the same flow as the backend's own tests.
 */
export function fetchApi(baseUrl: string) {
  async function request(method: "GET" | "POST", url: string, body: unknown, config?: unknown) {
    const headers = { ...((config as { headers?: Record<string, string> } | undefined)?.headers ?? {}) }
    if (method === "POST") headers["content-type"] = "application/json"
    const response = await fetch(`${baseUrl}${url}`, { method, headers, body: method === "POST" ? JSON.stringify(body) : undefined })
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
