import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import type { APIContext } from "astro"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

/**
 * The storefront's server calls the backend for every visitor, so the backend
 * sees one address unless the storefront names the visitor's. A small local
 * HTTP server stands in for the backend and keeps what each call carried.
 */
type Seen = { path: string; headers: IncomingHttpHeaders }
/** The TLS proxy in front of the storefront (read by the storefront's settings when first imported). */
const PROXY = "192.0.2.50"
process.env.TRUSTED_PROXIES = PROXY
const seen: Seen[] = []
let backend: Server

beforeAll(async () => {
  backend = createServer((request, response) => {
    seen.push({ path: request.url ?? "", headers: request.headers })
    request.resume()
    request.on("end", () => {
      response.setHeader("content-type", "application/json")
      response.end(JSON.stringify(request.url?.startsWith("/store/customers") ? { customer: { id: "cus_1" } } : { token: "token-from-backend" }))
    })
  })
  await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve))
  process.env.MEDUSA_BACKEND_URL = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => backend.close(() => resolve())))

/** What Astro hands a page: a form post from a visitor at `clientAddress`. */
function formPost(path: string, form: Record<string, string>, clientAddress: string, headers: Record<string, string> = {}) {
  const url = new URL(`http://localhost:4321${path}`)
  return {
    request: new Request(url, { method: "POST", body: new URLSearchParams(form), headers }),
    url,
    clientAddress,
    currentLocale: "id",
    cookies: { set() {}, get() {}, delete() {} },
    redirect: (location: string, status: number) => new Response(null, { status, headers: { location } }),
  } as unknown as APIContext
}

const addressesSentTo = (path: string) => seen.filter((call) => call.path.startsWith(path)).map((call) => call.headers["x-forwarded-for"])

describe("the visitor's address reaches the backend's login limits", () => {
  it("a buyer's login names the visitor's address to the backend", async () => {
    const { login } = await import("./account-actions.server")
    const answer = await login(formPost("/akun/masuk", { email: "siti@contoh.id", password: "rahasia-siti-1" }, "198.51.100.7"))
    expect(answer.headers.get("location")).toBe("/akun")
    expect(addressesSentTo("/auth/customer/emailpass")).toEqual(["198.51.100.7"])
  })

  it("a buyer's sign-up, and the login that follows it, name the visitor's address", async () => {
    const { register } = await import("./account-actions.server")
    seen.length = 0
    const answer = await register(
      formPost("/akun/daftar", { email: "budi@contoh.id", password: "rahasia-budi-1", first_name: "Budi", last_name: "" }, "2001:db8::8")
    )
    expect(answer.headers.get("location")).toBe("/akun")
    expect(addressesSentTo("/auth/customer/emailpass/register")).toEqual(["2001:db8::8"])
    expect(seen.filter((call) => call.path === "/auth/customer/emailpass").map((call) => call.headers["x-forwarded-for"])).toEqual(["2001:db8::8"])
  })

  it("behind the trusted TLS proxy, a login names the visitor the proxy names, not the proxy", async () => {
    const { login } = await import("./account-actions.server")
    seen.length = 0
    await login(formPost("/akun/masuk", { email: "siti@contoh.id", password: "rahasia-siti-1" }, PROXY, { "x-forwarded-for": "198.51.100.23" }))
    expect(addressesSentTo("/auth/customer/emailpass")).toEqual(["198.51.100.23"])
  })

  it("a visitor who is not the trusted proxy cannot choose the address the backend counts", async () => {
    const { login } = await import("./account-actions.server")
    seen.length = 0
    await login(formPost("/akun/masuk", { email: "siti@contoh.id", password: "rahasia-siti-1" }, "198.51.100.7", { "x-forwarded-for": "10.9.9.9" }))
    expect(addressesSentTo("/auth/customer/emailpass")).toEqual(["198.51.100.7"])
  })

  it("a producer's panel login and reset request name the visitor's address", async () => {
    const { loginProducer } = await import("./panel/api.server")
    const { requestPasswordReset } = await import("./panel/password.server")
    seen.length = 0
    await loginProducer("tini@contoh.id", "rahasia-tini-1", "203.0.113.9")
    await requestPasswordReset("tini@contoh.id", "203.0.113.9")
    expect(seen.map((call) => [call.path, call.headers["x-forwarded-for"]])).toEqual([
      ["/auth/producer/emailpass", "203.0.113.9"],
      ["/auth/producer/emailpass/reset-password", "203.0.113.9"],
    ])
  })
})
