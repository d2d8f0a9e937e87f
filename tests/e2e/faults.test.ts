import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest"
import { storeCheckout } from "../../backend/integration-tests/store-checkout.ts"
import { findMeilisearchBinary } from "../../backend/integration-tests/search/meilisearch-server.ts"
import { LOGIN_FAILED_MESSAGE } from "../../backend/src/api/plumbing/login-throttle.ts"
import { fetchApi } from "../support/fetch-api.ts"
import { cleanEnv, freeLauncherPorts, npmStart, type Launch, type LauncherPorts } from "../support/launcher.ts"
import { copyRepo } from "../support/repo-copy.ts"
import pg from "pg"
import { readCheckoutLedger, withDatabase, type CheckoutLedger } from "../support/checkout-ledger.ts"
import { BUSY_MESSAGE } from "../../backend/src/api/plumbing/busy-conflict.ts"
import { STOCK_BUSY_MESSAGE } from "../../backend/src/lib/checkout/cart-stock-lock.ts"
import { BUSY_SERVER_MESSAGE } from "../../backend/src/lib/overload/load-shedder.ts"
import { embeddedDatabaseUrl } from "../../scripts/stack/postgres.ts"
import { freePort } from "../support/test-database.ts"
import { id } from "../../storefront/src/i18n/id.ts"

/**
 * Faults on real engines: `npm start` (embedded PostgreSQL) in a fresh copy,
 * with a private redis-server and a real Meilisearch that the tests stop and
 * start again (never the machine's shared Redis).
 */

const redisServer = spawnSync("redis-server", ["--version"]).status === 0
const meilisearch = findMeilisearchBinary()
const skipReason = !redisServer ? "redis-server is not on PATH" : "missing" in meilisearch ? meilisearch.missing : ""

type StackJson = { backendUrl: string; storefrontUrl: string; publishableKey: string; accounts: Array<{ role: string; email: string; password: string }> }

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const value = await probe()
      if (value !== undefined) return value
    } catch (error) {
      last = error
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s${last ? ` (last error: ${String(last)})` : ""}`)
}

function exitOf(child: ChildProcess) {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once("exit", () => resolve()))
}

/** A server that the tests stop and start again on the same port (and, for Meilisearch, the same data). */
function restartable(name: string, command: string, args: string[], port: number) {
  let child: ChildProcess | undefined
  return {
    async start() {
      child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] })
      let stderr = ""
      child.stderr?.on("data", (chunk) => (stderr += chunk))
      await until(`${name} listening on ${port}`, async () => {
        if (child!.exitCode !== null) throw new Error(`${name} exited: ${stderr}`)
        return (await portAnswers(port)) || undefined
      })
    },
    async stop() {
      if (!child) return
      const exited = exitOf(child)
      child.kill("SIGTERM")
      await exited
      child = undefined
    },
    running: () => child !== undefined,
  }
}

async function portAnswers(port: number) {
  const net = await import("node:net")
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" }, () => {
      socket.destroy()
      resolve(true)
    })
    socket.on("error", () => resolve(false))
  })
}

describe.skipIf(Boolean(skipReason))(`faults on real engines${skipReason ? ` (skipped: ${skipReason})` : ""}`, () => {
  let repo: ReturnType<typeof copyRepo>
  let ports: LauncherPorts
  let env: NodeJS.ProcessEnv
  let launch: Launch | undefined
  let stack: StackJson
  let redis: ReturnType<typeof restartable>
  let search: ReturnType<typeof restartable>
  let scratch: string
  const dataDir = () => path.join(repo.dir, ".data")
  const backendLog = () => path.join(dataDir(), "logs", "backend.log")
  const store = () => ({ headers: { "x-publishable-api-key": stack.publishableKey } })
  const get = (url: string) => fetch(`${stack.backendUrl}${url}`, store())
  const ready = async () => {
    const response = await fetch(`${stack.backendUrl}/health/ready`)
    return { status: response.status, body: await response.json() }
  }
  const login = (email: string, password: string) =>
    fetch(`${stack.backendUrl}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password }),
    })
  const coordinator = () => stack.accounts.find((account) => account.role === "coordinator")!
  // Offsets are bytes (statSync), so the slice is taken before decoding: the log holds multibyte text.
  const logSince = (offset: number) => readFileSync(backendLog()).subarray(offset).toString("utf8")
  const logSize = () => statSync(backendLog()).size

  const database = () =>
    embeddedDatabaseUrl(Number(ports.EMBEDDED_POSTGRES_PORT), JSON.parse(readFileSync(path.join(dataDir(), "secrets.json"), "utf8")).postgresPassword)

  async function startMarketplace() {
    launch = npmStart(repo.dir, env)
    await launch.ready
    stack = JSON.parse(readFileSync(path.join(dataDir(), "stack.json"), "utf8"))
  }

  beforeAll(async () => {
    // Faults, not a first build: the build the npm start suite made, when it ran first and the sources match.
    repo = copyRepo({ reuseBuilds: true })
    scratch = mkdtempSync(path.join(os.tmpdir(), "pasar-desa-faults-"))
    const redisPort = await freePort()
    redis = restartable("redis-server", "redis-server", ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], redisPort)
    const binary = (meilisearch as { binary: string }).binary
    chmodSync(binary, 0o755)
    const meiliPort = await freePort()
    const meiliKey = `faults-master-key-${Math.random().toString(36).slice(2)}-0123456789`
    search = restartable(
      "meilisearch",
      binary,
      [
        "--http-addr",
        `127.0.0.1:${meiliPort}`,
        "--db-path",
        path.join(scratch, "data.ms"),
        "--dump-dir",
        path.join(scratch, "dumps"),
        "--master-key",
        meiliKey,
        "--env",
        "development",
        "--no-analytics",
        "--log-level",
        "WARN",
      ],
      meiliPort
    )
    await Promise.all([redis.start(), search.start()])
    ports = await freeLauncherPorts()
    env = cleanEnv({ ...ports, REDIS_URL: `redis://127.0.0.1:${redisPort}`, MEILISEARCH_HOST: `http://127.0.0.1:${meiliPort}`, MEILISEARCH_API_KEY: meiliKey })
    await startMarketplace()
  }, 900_000)

  // A test that fails with an engine stopped must not leave the next one without it.
  afterEach(async () => {
    await Promise.all([redis, search].filter((engine) => !engine.running()).map((engine) => engine.start()))
  })

  afterAll(async () => {
    await launch?.interrupt()
    await Promise.all([redis?.stop(), search?.stop()])
    rmSync(scratch, { recursive: true, force: true })
    repo?.remove()
  })

  it("answers the first login right after a start (no 500 while the throttle's Redis connects), and is ready with every dependency up", async () => {
    const first = await login(coordinator().email, coordinator().password)
    expect(first.status).toBe(200)
    expect(await ready()).toEqual({
      status: 200,
      body: expect.objectContaining({ status: "ready", checks: { database: "up", redis: "up", search: "up" }, down: [] }),
    })
  })

  it("Redis stopped: readiness answers 503 naming Redis, one clear log line, logins still answered; all back without a restart when Redis returns", async () => {
    const offset = logSize()
    await redis.stop()

    const down = await until("readiness to say Redis is down", async () => {
      const answer = await ready()
      return answer.status === 503 ? answer.body : undefined
    })
    expect(down).toMatchObject({ status: "unavailable", down: ["redis"], checks: { database: "up", redis: "down" } })
    expect(down.message).toMatch(/Redis tidak dapat dihubungi.*Redis cannot be reached/)

    // The login throttle counts in memory while Redis is away: the right password signs in, a wrong one is told so.
    const right = await login(coordinator().email, coordinator().password)
    expect(right.status).toBe(200)
    const wrong = await login(coordinator().email, "bukan-kata-sandinya")
    expect(wrong.status).toBe(401)
    expect((await wrong.json()).message).toBe(LOGIN_FAILED_MESSAGE)
    // The catalogue is read from PostgreSQL.
    expect((await get("/store/products?limit=1&fields=id")).status).toBe(200)

    const outage = logSince(offset)
    expect(outage).not.toMatch(/TCPConnectWrap/)
    expect(outage.match(/^\[redis\] Redis at 127\.0\.0\.1:\d+ is unreachable \(ECONNREFUSED\).*$/gm)).toHaveLength(1)
    expect(outage.match(/^.*\[readiness\] Redis is unreachable.*$/gm)).toHaveLength(1)
    expect(outage.match(/^.*\[login-throttle\] Redis unreachable.*$/gm)).toHaveLength(1)

    await redis.start()
    const back = await until("readiness to be ready again", async () => {
      const answer = await ready()
      return answer.status === 200 ? answer.body : undefined
    })
    expect(back).toMatchObject({ status: "ready", checks: { redis: "up" } })
    // Work that goes through Redis (workflow engine, locks, events) serves again: a cart through to the address step.
    const region = (await (await get("/store/regions")).json()).regions[0].id
    const checkout = storeCheckout(fetchApi(stack.backendUrl), store(), region)
    await until("a cart through Redis-backed workflows", async () => {
      const cartId = await checkout.createCart([], `pulih-${Date.now()}@uji.test`)
      await checkout.prepare(cartId)
      return cartId
    })
    expect(
      await until("the throttle to count in Redis again", async () =>
        /\[login-throttle\] Redis is back/.test(logSince(offset)) ? true : (await login(coordinator().email, coordinator().password), undefined)
      )
    ).toBe(true)
  }, 300_000)

  it("Meilisearch stopped: the catalogue and its pages still serve, search answers a clear 503 in Indonesian, and search returns with Meilisearch", async () => {
    const searchFor = () => get("/store/search/products?q=gula&limit=5")
    await until(
      "search to find the seeded products",
      async () => {
        const answer = await searchFor()
        return answer.status === 200 && (await answer.json()).count > 0 ? true : undefined
      },
      120_000
    )
    const { products } = await (await get("/store/products?limit=5&fields=handle,title")).json()
    const product = products[0] as { handle: string; title: string }

    await search.stop()

    const searched = await searchFor()
    expect(searched.status).toBe(503)
    expect(await searched.json()).toEqual({ type: "search_unavailable", message: "Pencarian sedang tidak tersedia. Silakan coba lagi sebentar lagi." })
    const listed = await get("/store/products?limit=5&fields=handle,title")
    expect(listed.status).toBe(200)
    expect((await listed.json()).products.length).toBeGreaterThan(0)
    const home = await fetch(`${stack.storefrontUrl}/`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain(`/produk/${product.handle}`)
    const page = await fetch(`${stack.storefrontUrl}/produk/${product.handle}`)
    expect(page.status).toBe(200)
    // The catalogue page lists products from the product API instead, saying search is unavailable for now.
    const catalogue = await fetch(`${stack.storefrontUrl}/produk`)
    expect(catalogue.status).toBe(200)
    const cataloguePage = await catalogue.text()
    expect(cataloguePage).toContain(`/produk/${product.handle}`)
    expect(cataloguePage).toContain(id["search.unavailable"])
    const results = await fetch(`${stack.storefrontUrl}/cari?q=gula`)
    expect(results.status).toBe(503)
    expect(await results.text()).toContain(id["search.unavailable"])
    expect(await ready()).toMatchObject({ status: 200, body: { status: "degraded", degraded: ["search"], checks: { search: "down" } } })

    await search.start()
    await until("search to answer again", async () => {
      const answer = await searchFor()
      return answer.status === 200 && (await answer.json()).count > 0 ? true : undefined
    })
    const again = await fetch(`${stack.storefrontUrl}/cari?q=gula`)
    expect(again.status).toBe(200)
  }, 300_000)

  it("power cut mid-checkout: every process killed -9 during a burst of completions; after a restart no order is lost or doubled and no reservation is left for nobody", async () => {
    const buyers = 20
    const region = (await (await get("/store/regions")).json()).regions[0].id
    const { products } = await (await get("/store/products?limit=100&fields=id,variants.id,variants.inventory_quantity,variants.manage_inventory")).json()
    const variants = (products as Array<{ variants: Array<{ id: string; inventory_quantity?: number; manage_inventory: boolean }> }>)
      .flatMap((product) => product.variants.slice(0, 1))
      .filter((variant) => variant.manage_inventory && Number(variant.inventory_quantity) >= buyers)
      .slice(0, 2)
    expect(variants).toHaveLength(2)
    const inventoryItemIds = await withDatabase(database(), async (client) =>
      (
        await client.query("select inventory_item_id from product_variant_inventory_item where variant_id = any($1) and deleted_at is null", [
          variants.map((variant) => variant.id),
        ])
      ).rows.map((row) => row.inventory_item_id as string)
    )

    // Twenty buyers, each with one unit of one of the two products, everything done but the last tap.
    const checkout = storeCheckout(fetchApi(stack.backendUrl), store(), region, "pp_bank-transfer_okoce")
    const run = Date.now().toString(36)
    // Twenty carts filled at once can meet the server's "busy, try again" (503): a buyer tries again, here with a new cart.
    // A refused step throws naming its status ("line-items: 503 …"); a refused cart creation carries its response.
    const busy = (error: unknown) => (error as { response?: { status?: number } }).response?.status === 503 || /: 503 /.test(String((error as Error).message))
    const cartIds = await Promise.all(
      Array.from({ length: buyers }, async (_, index) => {
        for (let attempt = 1; ; attempt++) {
          try {
            const cartId = await checkout.createCart([{ variant_id: variants[index % 2].id, quantity: 1 }], `putus-${run}-${index}@uji.test`)
            await checkout.readyToComplete(cartId)
            return cartId
          } catch (error) {
            if (!busy(error) || attempt === 20) throw error
            await new Promise((resolve) => setTimeout(resolve, 500 * attempt))
          }
        }
      })
    )
    const emailPattern = `putus-${run}-%`
    const ledger = () => withDatabase(database(), (client) => readCheckoutLedger(client, { cartIds, emailPattern, inventoryItemIds }))
    const reservedBefore = (await ledger()).reserved

    // All complete at once. Every process of the marketplace (launcher, backend, storefront, embedded
    // PostgreSQL) is killed -9 the moment an order exists that its completion has not yet linked to its
    // cart (the window between Medusa's steps that leaves the most behind), or else when the first buyer
    // has an order: the rest are cut off mid-completion.
    const complete = (cartId: string) => fetch(`${stack.backendUrl}/store/carts/${cartId}/complete`, { method: "POST", ...store() })
    const answered = new Map<string, string>()
    let killedOn: string | undefined
    const killEverything = (moment: string) => {
      if (killedOn) return
      killedOn = moment
      process.kill(-launch!.child.pid!, "SIGKILL")
    }
    const watcher = new pg.Client({ connectionString: database() })
    await watcher.connect()
    watcher.on("error", () => undefined)
    const watching = (async () => {
      while (!killedOn) {
        const { rows } = await watcher.query(
          `select 1 from "order" o where o.email like $1 and not exists (select 1 from order_cart oc where oc.order_id = o.id) limit 1`,
          [emailPattern]
        )
        if (rows.length) killEverything("an order not yet linked to its cart")
      }
    })().catch(() => undefined)
    await Promise.all(
      cartIds.map(async (cartId) => {
        const response = await complete(cartId).catch(() => undefined)
        const body = response ? await response.json().catch(() => undefined) : undefined
        if (response?.status === 200 && body?.type === "order") {
          answered.set(cartId, body.order.id)
          killEverything("the first order answered")
        }
      })
    )
    killEverything("the end of the burst")
    await watching
    await watcher.end().catch(() => undefined)
    await launch!.exited
    const cutOff = cartIds.filter((cartId) => !answered.has(cartId))
    expect(cutOff.length).toBeGreaterThan(0)

    // The same data folder starts again: the embedded PostgreSQL recovers from being killed, nothing is rebuilt or reseeded.
    await until(
      "the killed PostgreSQL to be gone",
      async () => (spawnSync("pgrep", ["-f", `postgres.*-p ${ports.EMBEDDED_POSTGRES_PORT}`]).status === 1 ? true : undefined),
      30_000
    )
    await startMarketplace()
    const damage = await ledger()
    const logOffset = logSize()
    console.info(
      `power cut on ${killedOn}: ${answered.size} of ${buyers} buyers had their order, ${cutOff.length} cut off; left behind: ` +
        `${damage.openOrdersWithoutCart.length} order(s) without a cart, ${damage.reservationsForNobody.length} reservation(s) for nobody`
    )

    // The cut-off buyers tap "Pesan" again until they have an order. Locks the killed server held
    // last two minutes: meanwhile a clear 409 in Indonesian, never a 5xx.
    const refusals = new Set<string>()
    await Promise.all(
      cutOff.map((cartId) =>
        until(
          `an order for cart ${cartId} after the restart`,
          async () => {
            const response = await complete(cartId)
            const body = await response.json()
            if (response.status === 200 && body.type === "order") return answered.set(cartId, body.order.id)
            refusals.add(`${response.status} ${body.message}`)
            return undefined
          },
          300_000
        )
      )
    )
    // Every refusal says to wait and try again: the cart's lock, the products' stock locks, or a busy server.
    const waitAndRetry = new Set([`409 ${BUSY_MESSAGE}`, `409 ${STOCK_BUSY_MESSAGE}`, `503 ${BUSY_SERVER_MESSAGE}`])
    expect([...refusals].filter((refusal) => !waitAndRetry.has(refusal))).toEqual([])

    // Within a few minutes (the completion lock's two, then the minute job) the database has one open
    // order per cart, the one its buyer was told, and exactly the reservations those orders need.
    const settled: CheckoutLedger = await until(
      "what the killed completions left behind to be put right",
      async () => {
        const state = await ledger()
        return state.openOrdersWithoutCart.length === 0 && state.reservationsForNobody.length === 0 ? state : undefined
      },
      300_000
    )
    for (const cartId of cartIds) expect(settled.openOrdersByCart.get(cartId)).toEqual([answered.get(cartId)])
    expect(settled.linesReservedWrongly).toEqual([])
    for (const itemId of inventoryItemIds) {
      const before = reservedBefore.get(itemId)!
      const after = settled.reserved.get(itemId)!
      expect(after.onLevels).toBe(after.inReservations)
      expect(after.onLevels - before.onLevels).toBe(buyers / 2)
    }
    // An order left without its cart is canceled by the recovery job, which says so in the log. The
    // line follows the cancellation's commit, so the ledger can see the order canceled a moment before it.
    const recoveryLines = () => logSince(logOffset).match(/\[checkout-recovery\] Order #\d+/g) ?? []
    await until(
      "the recovery job's log line for each order it canceled",
      async () => (recoveryLines().length >= damage.openOrdersWithoutCart.length ? true : undefined),
      15_000
    ).catch(() => undefined)
    expect(recoveryLines().length).toBe(damage.openOrdersWithoutCart.length)
  }, 900_000)
})
