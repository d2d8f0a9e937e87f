import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterEach, describe, expect, it } from "vitest"
import { BUSY_SERVER_MESSAGE, createLoadShedder, requestWeight, type SheddingLimits } from "./load-shedder"

/** A real HTTP server whose requests pass the shedder; each let-in request is answered when `release` is called. */
async function serverWith(limits: SheddingLimits) {
  const shedder = createLoadShedder(limits)
  const waiting: Array<() => void> = []
  const server = http.createServer(async (req, res) => {
    if (!(await shedder.admit(req, res))) return
    waiting.push(() => res.end(req.url))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    shedder,
    url,
    get: (path = "/store/products") => fetch(`${url}${path}`),
    post: (path: string) => fetch(`${url}${path}`, { method: "POST" }),
    releaseFirst: () => waiting.shift()?.(),
    release: () => waiting.splice(0).forEach((answer) => answer()),
    heldCount: () => waiting.length,
    close: () => {
      shedder.stop()
      server.closeAllConnections()
      return new Promise((resolve) => server.close(resolve))
    },
  }
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5))
}

let close: (() => Promise<unknown>) | undefined
afterEach(async () => {
  await close?.()
  close = undefined
})

describe("load shedding", () => {
  it("refuses at once, with 503, Retry-After and an Indonesian message, what comes beyond the requests in flight", async () => {
    const server = await serverWith({ maxInFlight: 3, maxEventLoopDelayMs: 0 })
    close = server.close
    const held = [server.get(), server.get(), server.get()]
    await until(() => server.heldCount() === 3)
    const started = performance.now()
    const refused = await server.get()
    expect(performance.now() - started).toBeLessThan(100)
    expect(refused.status).toBe(503)
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0)
    expect(await refused.json()).toEqual({ type: "server_busy", message: BUSY_SERVER_MESSAGE })
    server.release()
    expect((await Promise.all(held)).map((response) => response.status)).toEqual([200, 200, 200])
  })

  it("lets requests in again as soon as those in flight are answered", async () => {
    const server = await serverWith({ maxInFlight: 1, maxEventLoopDelayMs: 0 })
    close = server.close
    const first = server.get()
    await until(() => server.heldCount() === 1)
    expect((await server.get()).status).toBe(503)
    server.release()
    await first
    await until(() => server.shedder.inFlight() === 0)
    const next = server.get()
    await until(() => server.heldCount() === 1)
    server.release()
    expect((await next).status).toBe(200)
  })

  it("always answers the health probes and the storefront's question about catalogue changes, even with every place taken", async () => {
    const server = await serverWith({ maxInFlight: 1, maxEventLoopDelayMs: 0 })
    close = server.close
    const held = server.get()
    await until(() => server.heldCount() === 1)
    const probes = [server.get("/health"), server.get("/health/ready"), server.get("/store/catalogue-changes?after=12")]
    await until(() => server.heldCount() === 4)
    expect((await server.get("/store/products?limit=24")).status).toBe(503)
    server.release()
    expect((await Promise.all([held, ...probes])).map((response) => response.status)).toEqual([200, 200, 200, 200])
  })

  it("refuses new requests while the event loop runs late under its load, and takes them again once it keeps up", async () => {
    const server = await serverWith({ maxInFlight: 100, maxEventLoopDelayMs: 100 })
    close = server.close
    const held = [server.get(), server.get()]
    await until(() => server.heldCount() === 2)
    const request = server.get()
    // The loop busy with 300 ms of work: the request it then reads would only wait behind more.
    const busyUntil = performance.now() + 300
    while (performance.now() < busyUntil);
    expect((await request).status).toBe(503)
    server.release()
    await Promise.all(held)
    await new Promise((resolve) => setTimeout(resolve, 700))
    const later = server.get()
    await until(() => server.heldCount() === 1)
    server.release()
    expect((await later).status).toBe(200)
  })

  it("lets a lone request in while the loop runs late for another reason (start-up work, another process on the CPU)", async () => {
    const server = await serverWith({ maxInFlight: 100, maxEventLoopDelayMs: 100 })
    close = server.close
    const request = server.get()
    const busyUntil = performance.now() + 300
    while (performance.now() < busyUntil);
    await until(() => server.heldCount() === 1)
    server.release()
    expect((await request).status).toBe(200)
  })

  it("weighs a request by the rows it asks for: two lists of 100 fill what eight pages of 24 would", async () => {
    expect(requestWeight("/store/products?limit=24&offset=0", 8)).toBe(1)
    expect(requestWeight("/store/products?fields=id&limit=100", 8)).toBe(4)
    expect(requestWeight("/store/products?limit=100000", 8)).toBe(8)
    expect(requestWeight("/store/products?offset=5", 8)).toBe(1)
    const server = await serverWith({ maxInFlight: 8, maxEventLoopDelayMs: 0 })
    close = server.close
    const held = [server.get("/store/products?limit=100"), server.get("/store/products?limit=100")]
    await until(() => server.heldCount() === 2)
    expect((await server.get("/store/products?limit=24")).status).toBe(503)
    server.release()
    await Promise.all(held)
    await until(() => server.shedder.inFlight() === 0)
    // A lone heavy list is always let in.
    const lone = server.get("/store/products?limit=1000")
    await until(() => server.heldCount() === 1)
    server.release()
    expect((await lone).status).toBe(200)
  })

  it("lets buyers completing a checkout wait for a place in the order they came, while browsing is refused at once", async () => {
    const server = await serverWith({ maxInFlight: 1, maxEventLoopDelayMs: 0 })
    close = server.close
    const browsing = server.get()
    await until(() => server.heldCount() === 1)
    const checkouts: Array<Promise<Response>> = []
    for (const cart of ["cart_a", "cart_b", "cart_c"]) {
      checkouts.push(server.post(`/store/carts/${cart}/complete`))
      await until(() => server.shedder.waiting() === checkouts.length)
    }
    // A place that frees up goes to the line, not to a browser who just came.
    expect((await server.get()).status).toBe(503)
    for (let answered = 0; answered < 3; answered++) {
      server.releaseFirst()
      await until(() => server.heldCount() === 1 && server.shedder.waiting() === 2 - answered)
    }
    server.releaseFirst()
    const answers = await Promise.all([browsing, ...checkouts])
    expect(await Promise.all(answers.map((answer) => answer.text()))).toEqual([
      "/store/products",
      "/store/carts/cart_a/complete",
      "/store/carts/cart_b/complete",
      "/store/carts/cart_c/complete",
    ])
    // With the line gone, browsing is let in again.
    const later = server.get()
    await until(() => server.heldCount() === 1)
    server.release()
    expect((await later).status).toBe(200)
  })

  it("answers a buyer who waited too long with 503 and Retry-After, and forgets one who hung up", async () => {
    const server = await serverWith({ maxInFlight: 1, maxEventLoopDelayMs: 0, longestWaitMs: 300 })
    close = server.close
    const held = server.get()
    await until(() => server.heldCount() === 1)
    const started = performance.now()
    const waited = await server.post("/store/carts/cart_a/complete")
    expect(performance.now() - started).toBeGreaterThanOrEqual(250)
    expect(waited.status).toBe(503)
    expect(Number(waited.headers.get("retry-after"))).toBeGreaterThan(0)
    expect(await waited.json()).toEqual({ type: "server_busy", message: BUSY_SERVER_MESSAGE })
    const gaveUp = new AbortController()
    const abandoned = fetch(`${server.url}/store/carts/cart_b/complete`, { method: "POST", signal: gaveUp.signal }).catch(() => "hung up")
    await until(() => server.shedder.waiting() === 1)
    gaveUp.abort()
    expect(await abandoned).toBe("hung up")
    await until(() => server.shedder.waiting() === 0)
    server.release()
    expect((await held).status).toBe(200)
  })
})
