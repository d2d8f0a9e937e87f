import { spawn, type ChildProcess } from "node:child_process"
import { readFileSync } from "node:fs"
import http from "node:http"
import net from "node:net"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { stopProcess } from "../../scripts/stack/processes.ts"
import { buildStorefrontIfStale } from "../../scripts/stack/storefront.ts"
import { en } from "../../storefront/src/i18n/en.ts"
import { id } from "../../storefront/src/i18n/id.ts"
import { copyRepo } from "../support/repo-copy.ts"
import { BUSY_SERVER_MESSAGE, BUSY_SERVER_RETRY_AFTER_SECONDS } from "../../backend/src/lib/overload/load-shedder.ts"
import { freePort } from "../support/test-database.ts"

/**
 * The built storefront as production runs it behind a TLS proxy.
 * No real backend runs: the origin check, the body limit and the error box all answer before any
 * backend call. A stand-in drops every connection, as a stopped backend would, or, while
 * `backendBusy` is set, refuses every request as an overloaded backend does (503, Retry-After).
 */

const PUBLIC_HOST = "shop.example"
const PUBLIC_ORIGIN = `https://${PUBLIC_HOST}`
const MB = 1024 * 1024

let repo: ReturnType<typeof copyRepo>
let storefront: ChildProcess
let baseUrl: string
let backendBusy = false
const backend = http.createServer((request, response) => {
  if (!backendBusy) return request.socket.destroy()
  const body = JSON.stringify({ type: "server_busy", message: BUSY_SERVER_MESSAGE })
  response.writeHead(503, { "content-type": "application/json", "retry-after": String(BUSY_SERVER_RETRY_AFTER_SECONDS) }).end(body)
})

/** What the TLS proxy adds to every request it passes on. */
const proxied = { "x-forwarded-proto": "https", "x-forwarded-host": PUBLIC_HOST, "x-forwarded-for": "203.0.113.7" }

function formPost(pathname: string, origin: string, form: Record<string, string> = {}) {
  return fetch(`${baseUrl}${pathname}`, {
    method: "POST",
    redirect: "manual",
    headers: { ...proxied, origin, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form),
  })
}

function residentKb(pid: number) {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1])
}

type ChunkedAnswer = { status: number; text: string; sentWhenAnswered: number }

/**
 * A same-origin form post straight to the server whose body comes in chunks (no Content-Length),
 * as big as `size`, written only as fast as the connection takes it; the sender stops when the
 * answer comes.
 */
function chunkedPost(pathname: string, size: number) {
  return new Promise<ChunkedAnswer>((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, "a")
    let sent = 0
    let answered = false
    const request = http.request(`${baseUrl}${pathname}`, {
      method: "POST",
      headers: { origin: baseUrl, "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" },
    })
    request.on("response", (response) => {
      answered = true
      const sentWhenAnswered = sent
      let text = ""
      response.setEncoding("utf8")
      response.on("data", (part) => (text += part))
      response.on("end", () => resolve({ status: response.statusCode!, text, sentWhenAnswered }))
    })
    // Once answered, the client itself drops the body it was still sending.
    request.on("error", (error) => (answered ? undefined : reject(error)))
    const write = () => {
      while (sent < size && !answered) {
        sent += chunk.length
        if (!request.write(chunk)) {
          request.once("drain", write)
          return
        }
      }
      request.end()
    }
    request.write("variant_id=variant_01&quantity=1&note=")
    write()
  })
}

/**
 * A client that ignores the answer and keeps sending a chunked body (raw HTTP: Node's own client
 * stops sending once answered). Resolves with what it read and how much it had sent when the
 * server closed the connection, or when `size` was all sent.
 */
function endlessPost(pathname: string, size: number) {
  return new Promise<{ reply: string; sentInAll: number; closedByServer: boolean }>((resolve) => {
    const { hostname, port } = new URL(baseUrl)
    const socket = net.connect(Number(port), hostname)
    const chunk = Buffer.concat([Buffer.from(`${(64 * 1024).toString(16)}\r\n`), Buffer.alloc(64 * 1024, "a"), Buffer.from("\r\n")])
    let sent = 0
    let reply = ""
    let done = false
    const finish = (closedByServer: boolean) => {
      if (done) return
      done = true
      socket.destroy()
      resolve({ reply, sentInAll: sent, closedByServer })
    }
    socket.setEncoding("utf8")
    socket.on("data", (part) => (reply += part))
    socket.on("error", () => finish(true))
    socket.on("end", () => finish(true))
    socket.on("close", () => finish(true))
    const write = () => {
      while (!done && sent < size) {
        sent += 64 * 1024
        if (!socket.write(chunk)) {
          socket.once("drain", write)
          return
        }
      }
      if (!done) finish(false)
    }
    socket.write(
      `POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nOrigin: ${baseUrl}\r\n` +
        "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    write()
  })
}

beforeAll(async () => {
  // The storefront the npm start suite built, when it ran first and the sources match; otherwise a build of its own.
  repo = copyRepo({ reuseBuilds: true })
  const dir = path.join(repo.dir, "storefront")
  await buildStorefrontIfStale(repo.dir, { dir: path.join(repo.dir, ".data", "logs"), echo: false })
  const port = await freePort()
  baseUrl = `http://127.0.0.1:${port}`
  await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve))
  storefront = spawn(process.execPath, [path.join(dir, "dist", "server", "entry.mjs")], {
    cwd: dir,
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      PUBLIC_ORIGIN,
      TRUSTED_PROXIES: "127.0.0.1",
      MEDUSA_BACKEND_URL: `http://127.0.0.1:${(backend.address() as net.AddressInfo).port}`,
      STOREFRONT_PAGE_CACHE: "off",
    },
    stdio: "ignore",
  })
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (
      await fetch(`${baseUrl}/robots.txt`).then(
        () => true,
        () => false
      )
    )
      return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error("the built storefront did not answer within 30 s")
}, 180_000)

afterAll(async () => {
  await stopProcess(storefront)
  backend.close()
  repo?.remove()
})

describe("the storefront behind an HTTPS proxy", () => {
  it("accepts a form posted from the shop's own https address and sets its cookies Secure", async () => {
    // An empty producer login: refused by the storefront itself with a message kept in a cookie.
    const response = await formPost("/panel/masuk", PUBLIC_ORIGIN)
    expect(response.status).toBe(303)
    const cookies = response.headers.getSetCookie()
    expect(cookies.length).toBeGreaterThan(0)
    for (const cookie of cookies) {
      expect(cookie).toMatch(/;\s*Secure/i)
    }
  })

  it("accepts the cart form from the shop's own https address", async () => {
    const response = await formPost("/keranjang/tambah", PUBLIC_ORIGIN, { variant_id: "", quantity: "1" })
    expect(response.status).toBe(303)
    expect(response.headers.get("location")).toBe("/keranjang?galat=bad_variant")
  })

  it("names the shop's https address in robots.txt, not the http one the server sees", async () => {
    const robots = await (await fetch(`${baseUrl}/robots.txt`, { headers: proxied })).text()
    expect(robots).toContain(`Sitemap: ${PUBLIC_ORIGIN}/sitemap.xml`)
  })

  it("still refuses a form posted from another site (403)", async () => {
    for (const pathname of ["/panel/masuk", "/keranjang/tambah", "/akun/masuk"]) {
      const response = await formPost(pathname, "https://evil.example")
      expect(response.status, pathname).toBe(403)
    }
    // Nor does a plain-http copy of the shop's address pass for it.
    expect((await formPost("/keranjang/tambah", `http://${PUBLIC_HOST}`)).status).toBe(403)
  })
})

describe("request bodies", () => {
  it("answers 413 in Indonesian to a 5 MB chunked form post", async () => {
    const answer = await chunkedPost("/keranjang/tambah", 5 * MB)
    expect(answer.status).toBe(413)
    expect(answer.text).toBe("Permintaan terlalu besar: paling banyak 1 MB.")
  })

  it("answers a 64 MB chunked form post after its first megabyte, holding no copy of it", async () => {
    const before = residentKb(storefront.pid!)
    const answer = await chunkedPost("/keranjang/tambah", 64 * MB)
    const after = residentKb(storefront.pid!)
    expect(answer.status).toBe(413)
    // What was sent before the answer sat in the sockets' buffers, never in the storefront.
    expect(answer.sentWhenAnswered).toBeLessThan(16 * MB)
    expect(after - before).toBeLessThan(16 * 1024)
  })

  it("cuts the connection of a client that ignores the 413 and keeps sending, long before 64 MB", async () => {
    const { reply, sentInAll, closedByServer } = await endlessPost("/keranjang/tambah", 64 * MB)
    expect(reply).toMatch(/^HTTP\/1\.1 413 /)
    expect(closedByServer).toBe(true)
    expect(sentInAll).toBeLessThan(32 * MB)
  })

  it("answers 413 in English on English pages and on the producer login", async () => {
    const english = await chunkedPost("/en/keranjang/tambah", 5 * MB)
    expect(english.status).toBe(413)
    expect(english.text).toBe("Request too large: at most 1 MB.")
    expect((await chunkedPost("/panel/masuk", 5 * MB)).status).toBe(413)
  })

  it("still takes a chunked form post under 1 MB", async () => {
    const answer = await chunkedPost("/keranjang/tambah", 256 * 1024)
    expect(answer.status).toBe(303)
  })
})

describe("the error box", () => {
  const scam = "Transfer Rp 500.000 ke BRI 1234567890 a.n. Admin Pasar Desa"

  it("never shows text carried in the address", async () => {
    for (const pathname of ["/keranjang", "/en/keranjang", "/checkout", "/akun"]) {
      const page = await (await fetch(`${baseUrl}${pathname}?galat=${encodeURIComponent(scam)}`)).text()
      expect(page, pathname).not.toContain("Transfer Rp 500.000")
    }
    // "Added to the cart" names a product of the cart itself, never words from the address.
    const added = await (await fetch(`${baseUrl}/keranjang?ditambah=${encodeURIComponent(scam)}`)).text()
    expect(added).not.toContain("Transfer Rp 500.000")
  })

  it("shows the fixed message of a known code in the page's language", async () => {
    const indonesian = await (await fetch(`${baseUrl}/keranjang?galat=bad_quantity`)).text()
    expect(indonesian).toContain(id["cart.error.bad_quantity"])
    const english = await (await fetch(`${baseUrl}/en/keranjang?galat=bad_quantity`)).text()
    expect(english).toContain(en["cart.error.bad_quantity"])
  })
})

describe("a backend too busy to answer", () => {
  beforeAll(() => {
    backendBusy = true
  })
  afterAll(() => {
    backendBusy = false
  })

  it("shows a page saying the shop is busy, with 503 and Retry-After, in the page's language", async () => {
    const indonesian = await fetch(`${baseUrl}/produk/gula-aren-kelapa`)
    expect(indonesian.status).toBe(503)
    expect(Number(indonesian.headers.get("retry-after"))).toBeGreaterThan(0)
    expect(indonesian.headers.get("cache-control")).toBe("no-store")
    const text = await indonesian.text()
    expect(text).toContain(id["error.busy.title"])
    expect(text).toContain(id["error.busy.text"])
    const english = await fetch(`${baseUrl}/en/produk/gula-aren-kelapa`)
    expect(english.status).toBe(503)
    expect(await english.text()).toContain(en["error.busy.title"])
  })

  it("sends a cart form back with the busy code, and the cart says to try again in a few seconds", async () => {
    const response = await formPost("/keranjang/tambah", PUBLIC_ORIGIN, { variant_id: "variant_01JQ7Z8K3M5N6P7R8S9T0V1W2X", quantity: "1" })
    expect(response.status).toBe(303)
    expect(response.headers.get("location")).toBe("/keranjang?galat=overloaded")
    const page = await (await fetch(`${baseUrl}/keranjang?galat=overloaded`)).text()
    expect(page).toContain(id["problem.overloaded"])
  })
})
