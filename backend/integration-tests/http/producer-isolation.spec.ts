import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { coordinatorHeaders } from "../admin-auth"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { SETTLEMENT_MODULE } from "../../src/modules/settlement"
import type SettlementModuleService from "../../src/modules/settlement/service"
import { backendTestRunner } from "../medusa-runner"
import { testsShareTheDatabase } from "../shared-database"
import { createTestDesa, createTestProducer, customerHeaders, newProduct, producerHeaders, type Headers } from "../producer-fixtures"

type Response = { status: number; data: any }
type Ids = { productId: string; variantId: string; orderId: string }
type Route = { method: "GET" | "POST" | "DELETE"; path: string }

const PRODUCER_API_DIR = path.resolve(import.meta.dirname, "../../src/api/producer")

/**
 * Every route the app serves under /producer, read from its route files the
 * way Medusa's file router does ([id] -> :id, exported GET/POST/DELETE).
 */
function producerRoutes(dir = PRODUCER_API_DIR): Route[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry): Route[] => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return producerRoutes(full)
    if (entry.name !== "route.ts") return []
    const url =
      "/producer" +
      path
        .relative(PRODUCER_API_DIR, dir)
        .split(path.sep)
        .map((segment) => (segment ? `/${segment.replace(/^\[(.+)\]$/, ":$1")}` : ""))
        .join("")
    const methods = [...readFileSync(full, "utf8").matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|DELETE)\b/g)].map(
      (match) => match[1] as Route["method"]
    )
    return methods.map((method) => ({ method, path: url }))
  })
}

/**
 * A valid request for each route, built from one producer's ids. A route
 * missing here fails the suite: whoever adds a route adds its isolation case.
 */
const VALID_BODY: Record<string, (ids: Ids) => Record<string, unknown> | undefined> = {
  // A producer already signed in cannot sign up again or claim an invite: 400 (see producer-login.spec.ts).
  "POST /producer/register": () => ({
    handle: "usaha-penyusup",
    business_name: "Usaha Penyusup",
    owner_name: "Penyusup",
    desa_id: "desa_lain",
    whatsapp: "+6281234567890",
    story: "Cerita yang cukup panjang untuk lolos validasi.",
  }),
  "POST /producer/invite/accept": () => ({ token: "bukan-undangan" }),
  "GET /producer/me": () => undefined,
  "POST /producer/me": () => ({ story: "Cerita baru yang cukup panjang untuk disimpan." }),
  "GET /producer/products": () => undefined,
  "POST /producer/products": () => newProduct("Produk Penyusup"),
  "GET /producer/products/:id": () => undefined,
  "POST /producer/products/:id": ({ variantId }) => ({ title: "Judul Diubah Penyusup", variants: [{ id: variantId, price: 1000 }] }),
  "DELETE /producer/products/:id": () => undefined,
  "POST /producer/products/:id/submit": () => ({}),
  // A JSON body carries no photo: A's own product is refused 400, B's is 404 before any file is read.
  "POST /producer/uploads": ({ productId }) => ({ product_id: productId }),
  "POST /producer/products/:id/photos": () => ({ image_ids: [] }),
  "GET /producer/products/:id/stock": () => undefined,
  "POST /producer/products/:id/stock": ({ variantId }) => ({ variants: [{ variant_id: variantId, stocked_quantity: 999, low_stock_threshold: 1 }] }),
  "GET /producer/products/:id/stock/adjustments": () => undefined,
  "POST /producer/products/:id/stock/adjustments": ({ variantId }) => ({ variant_id: variantId, delta: -1, reason: "Dicuri penyusup" }),
  "GET /producer/products/:id/harvest": () => undefined,
  "POST /producer/products/:id/harvest": () => ({ expected_on: "2099-01-31", forecast_quantity: 5, unit: "kg" }),
  "POST /producer/products/:id/harvest/harvested": () => ({ quantity: 5 }),
  "GET /producer/stock": () => undefined,
  "GET /producer/orders": () => undefined,
  "GET /producer/orders/:id": () => undefined,
  "POST /producer/orders/:id/status": () => ({ status: "accepted" }),
  "POST /producer/orders/:id/decline": () => ({ reason: "out_of_stock" }),
  "GET /producer/orders/:id/packing-slip": () => undefined,
  "GET /producer/settlement": () => undefined,
  "GET /producer/settlement/statement": () => undefined,
  "GET /producer/reports/sales": () => undefined,
  "POST /producer/settlement/account": () => ({ bank: "BRI", number: "0123456789", holder: "Penyusup" }),
}

const routes = producerRoutes()
const key = (route: Route) => `${route.method} ${route.path}`
const withId = routes.filter((route) => route.path.includes(":id"))
const posts = routes.filter((route) => route.method === "POST")

backendTestRunner(({ api, getContainer }) => {
  describe("producers see and change only their own records", () => {
    // Every test is a refused attempt; the last one checks what all of them together left of producer B's records.
    testsShareTheDatabase()
    let a: Headers
    let b: Headers
    let customer: Headers
    let coordinator: Headers
    let aIds: Ids
    let bIds: Ids
    let bProducerId: string
    let bBefore: unknown
    /** Every answer producer A received, searched for B's ids at the end. */
    const seenByA: unknown[] = []

    const call = async (route: Route, url: string, auth: Headers | undefined, body?: unknown): Promise<Response> => {
      const config = auth ?? {}
      const request = route.method === "GET" ? api.get(url, config) : route.method === "DELETE" ? api.delete(url, config) : api.post(url, body ?? {}, config)
      const response = await request.catch((error: { response: Response }) => error.response)
      if (auth === a) seenByA.push(response.data)
      return response
    }
    /** `:id` is a product under /producer/products and the producer's part of an order under /producer/orders. */
    const urlFor = (route: Route, ids: Ids) => route.path.replace(":id", route.path.startsWith("/producer/orders") ? ids.orderId : ids.productId)

    /**
     * A product of the producer, and their part of a buyer's order. The part
     * is stored directly (placing real orders is the orders suite's work): what
     * matters here is whose part it is.
     */
    async function recordsOf(auth: Headers, producerId: string): Promise<Ids> {
      const { data } = await api.post("/producer/products", newProduct(), auth)
      const producers: ProducerModuleService = getContainer().resolve(PRODUCER_MODULE)
      const part = await producers.createProducerOrders({ order_id: `order_uji_${producerId}`, producer_id: producerId, item_ids: [] })
      return { productId: data.product.id, variantId: data.product.variants[0].id, orderId: part.id }
    }

    /** What producer B can see of their own records. */
    async function bState() {
      const [me, product, stock, history, harvest, orders, order, settlement] = await Promise.all([
        api.get("/producer/me", b),
        api.get(`/producer/products/${bIds.productId}`, b),
        api.get("/producer/stock", b),
        api.get(`/producer/products/${bIds.productId}/stock/adjustments`, b),
        api.get(`/producer/products/${bIds.productId}/harvest`, b),
        api.get("/producer/orders", b),
        api.get(`/producer/orders/${bIds.orderId}`, b),
        api.get("/producer/settlement", b),
      ])
      return {
        me: me.data,
        product: product.data,
        stock: stock.data,
        history: history.data,
        harvest: harvest.data,
        orders: orders.data,
        order: order.data,
        settlement: settlement.data,
      }
    }

    beforeAll(async () => {
      const container = getContainer()
      const desaId = await createTestDesa(container)
      const aProducerId = await createTestProducer(container, desaId, "produsen-a")
      bProducerId = await createTestProducer(container, desaId, "produsen-b")
      a = await producerHeaders(container, api, "a@test.local", aProducerId)
      b = await producerHeaders(container, api, "b@test.local", bProducerId)
      customer = await customerHeaders(container, api)
      coordinator = await coordinatorHeaders(container, api)
      aIds = await recordsOf(a, aProducerId)
      bIds = await recordsOf(b, bProducerId)
      await api.post(`/producer/products/${bIds.productId}/stock`, { variants: [{ variant_id: bIds.variantId, stocked_quantity: 7 }] }, b)
      await api.post(`/producer/products/${bIds.productId}/stock/adjustments`, { variant_id: bIds.variantId, delta: 1, reason: "Produksi baru" }, b)
      await api.post(`/producer/products/${bIds.productId}/harvest`, { expected_on: "2099-06-01", forecast_quantity: 40, unit: "kg" }, b)
      // B is owed for a sale; A is owed nothing.
      const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
      await settlement.createSettlementEntries({
        producer_id: bProducerId,
        kind: "sale",
        amount: 46_000,
        order_id: `order_uji_${bProducerId}`,
        order_display_id: 7,
        note: "Penjualan pesanan #7",
        source_key: `sale:uji:${bProducerId}`,
      })
      bBefore = await bState()
    })

    it("shows producer A what A is owed, and none of what B is owed", async () => {
      expect((await api.get("/producer/settlement", a)).data).toMatchObject({ balance: 0, count: 0, entries: [] })
      expect((await api.get("/producer/settlement", b)).data).toMatchObject({ balance: 46_000, count: 1, currency_code: "idr" })
    })

    it("has an isolation case for every /producer route the app serves, and none for routes that are gone", () => {
      expect(routes.length).toBeGreaterThan(0)
      expect(routes.map(key).sort()).toEqual(Object.keys(VALID_BODY).sort())
    })

    it.each(routes.map(key))("%s: no token, a buyer's and a coordinator's token get 401", async (name) => {
      const route = routes.find((candidate) => key(candidate) === name)!
      const url = urlFor(route, bIds)
      const body = VALID_BODY[name](bIds)
      for (const auth of [undefined, customer, coordinator]) {
        expect((await call(route, url, auth, body)).status).toBe(401)
      }
    })

    it.each(withId.map(key))("%s: producer A gets 404 for producer B's product or order", async (name) => {
      const route = withId.find((candidate) => key(candidate) === name)!
      const response = await call(route, urlFor(route, bIds), a, VALID_BODY[name](bIds))
      expect(response.status).toBe(404)
    })

    it.each(routes.map(key))("%s: producer B's ids in the query or `fields` get 400", async (name) => {
      const route = routes.find((candidate) => key(candidate) === name)!
      const url = urlFor(route, aIds)
      for (const search of [`producer_id=${bProducerId}`, `id=${bIds.productId}`, "fields=*producer,+producer.products.id"]) {
        const response = await call(route, `${url}?${search}`, a, VALID_BODY[name](aIds))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(search.split("=")[0])
      }
    })

    it.each(posts.map(key))("%s: producer B's id in the body gets 400", async (name) => {
      const route = posts.find((candidate) => key(candidate) === name)!
      const response = await call(route, urlFor(route, aIds), a, { ...VALID_BODY[name](aIds), producer_id: bProducerId })
      expect(response.status).toBe(400)
    })

    const takesVariant = posts.filter((route) =>
      JSON.stringify(VALID_BODY[key(route)]({ productId: "p", variantId: "variant_marker", orderId: "o" })).includes("variant_marker")
    )
    it.each(takesVariant.map(key))("%s: producer B's variant on producer A's own product gets 400", async (name) => {
      const route = takesVariant.find((candidate) => key(candidate) === name)!
      const response = await call(route, urlFor(route, aIds), a, VALID_BODY[name]({ ...aIds, variantId: bIds.variantId }))
      expect(response.status).toBe(400)
    })

    it.each(["/admin/products", "/admin/producers", "/admin/users/me", "/store/customers/me"])("a producer's token on %s gets 401", async (url) => {
      const headers = { headers: { ...a.headers, "x-publishable-api-key": customer.headers["x-publishable-api-key"] } }
      const response = await api.get(url, headers).catch((error: { response: Response }) => error.response)
      expect(response.status).toBe(401)
    })

    it("a buyer's token still works on the store (so the 401s above are about the actor)", async () => {
      expect((await api.get("/store/customers/me", customer)).status).toBe(200)
    })

    it("after all of it, producer B's records are unchanged and no answer to A carried B's ids", async () => {
      expect(await bState()).toEqual(bBefore)
      const answers = JSON.stringify(seenByA)
      for (const id of [bProducerId, bIds.productId, bIds.variantId, bIds.orderId]) {
        expect(answers).not.toContain(id)
      }
    })
  })
})
