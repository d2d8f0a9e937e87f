import { describe, expect, it } from "vitest"
import { acceptedOrigins, cookiesSecure, isCrossSiteSubmission, parseTrustedProxies, requestOrigin, visitorAddress, type ProxySettings } from "./request-origin"

const behindProxy: ProxySettings = { publicOrigin: "https://shop.example", trustedProxies: parseTrustedProxies("10.0.0.2, 172.16.0.0/12") }
const forwarded = { "x-forwarded-proto": "https", "x-forwarded-host": "shop.example", "x-forwarded-for": "203.0.113.7" }
const request = (peer: string, headers: Record<string, string> = forwarded) => ({
  url: new URL("http://storefront:4321/keranjang/tambah"),
  headers: new Headers(headers),
  peer,
})

describe("requests through the TLS proxy", () => {
  it("takes the visitor's https origin from a trusted proxy, including one in a trusted range and as an IPv4-mapped address", () => {
    expect(requestOrigin(request("10.0.0.2"), behindProxy)).toBe("https://shop.example")
    expect(requestOrigin(request("172.18.0.5"), behindProxy)).toBe("https://shop.example")
    expect(requestOrigin(request("::ffff:10.0.0.2"), behindProxy)).toBe("https://shop.example")
  })

  it("ignores forwarded headers from any other peer", () => {
    expect(requestOrigin(request("198.51.100.9"), behindProxy)).toBe("http://storefront:4321")
    expect(visitorAddress(request("198.51.100.9"), behindProxy.trustedProxies)).toBe("198.51.100.9")
  })

  it("ignores a forwarded host that is more than a host, and a protocol other than http(s)", () => {
    expect(requestOrigin(request("10.0.0.2", { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example/shop.example" }), behindProxy)).toBe(
      "http://storefront:4321"
    )
    expect(requestOrigin(request("10.0.0.2", { "x-forwarded-proto": "javascript", "x-forwarded-host": "shop.example" }), behindProxy)).toBe(
      "http://storefront:4321"
    )
  })

  it("names the visitor by the nearest untrusted address the proxies recorded", () => {
    expect(visitorAddress(request("10.0.0.2"), behindProxy.trustedProxies)).toBe("203.0.113.7")
    // A client's own X-Forwarded-For comes first; the proxy appends what it saw.
    expect(visitorAddress(request("10.0.0.2", { "x-forwarded-for": "1.2.3.4, 203.0.113.7, 172.16.0.9" }), behindProxy.trustedProxies)).toBe("203.0.113.7")
    expect(visitorAddress(request("10.0.0.2", { "x-forwarded-for": "not-an-address" }), behindProxy.trustedProxies)).toBe("10.0.0.2")
  })

  it("sets cookies Secure when the public origin is https, even on a request that came without forwarded headers", () => {
    expect(cookiesSecure(request("198.51.100.9", {}), behindProxy)).toBe(true)
    expect(cookiesSecure(request("127.0.0.1", {}), { trustedProxies: parseTrustedProxies("") })).toBe(false)
    expect(cookiesSecure(request("10.0.0.2"), { trustedProxies: behindProxy.trustedProxies })).toBe(true)
  })

  it("refuses a malformed TRUSTED_PROXIES entry by name", () => {
    expect(() => parseTrustedProxies("10.0.0.2, proxy.local")).toThrow('"proxy.local"')
  })
})

describe("the cross-site form check", () => {
  const accepted = acceptedOrigins(request("10.0.0.2"), behindProxy)
  const form = (origin?: string, type = "application/x-www-form-urlencoded") =>
    new Headers({ ...(origin ? { origin } : {}), ...(type ? { "content-type": type } : {}) })

  it("accepts a form from the shop's https origin and refuses one from another site or from plain http", () => {
    expect(isCrossSiteSubmission("POST", form("https://shop.example"), accepted)).toBe(false)
    expect(isCrossSiteSubmission("POST", form("https://evil.example"), accepted)).toBe(true)
    expect(isCrossSiteSubmission("POST", form("http://shop.example"), accepted)).toBe(true)
    expect(isCrossSiteSubmission("POST", form(undefined, "multipart/form-data; boundary=x"), accepted)).toBe(true)
  })

  it("leaves reads and JSON calls (which need CORS to cross sites) alone", () => {
    expect(isCrossSiteSubmission("GET", form("https://evil.example"), accepted)).toBe(false)
    expect(isCrossSiteSubmission("POST", form("https://evil.example", "application/json"), accepted)).toBe(false)
  })
})
