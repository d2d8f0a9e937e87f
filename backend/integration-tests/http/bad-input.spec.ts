import { execFileSync } from "node:child_process"
import fc from "fast-check"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { backendTestRunner } from "../medusa-runner"
import { customerHeaders, newProduct, producerHeaders, type Headers } from "../producer-fixtures"
import { seededStore } from "../seeded-store"
import { customRoutes, type Actor, type Fixtures, type FuzzedRoute } from "../fuzz/custom-routes"
import { bodyText, queryText } from "../fuzz/request-arbitraries"
import { changedTables, databaseFingerprint } from "../fuzz/db-fingerprint"
import { medusaStoreRoutes, type StoreFixtures } from "../fuzz/medusa-store-routes"
import { storeCheckout } from "../store-checkout"

/**
 * 50 generated requests per route, about two minutes on 2 cores (a refused
 * request takes 10-20 ms here, one at a time: the server runs in this process,
 * so sending several at once gains nothing). With 88 routes that is about 4,400
 * a run, as 75 were when there were 59, and 44,000 over the ten seeds below.
 * FUZZ_RUNS_PER_ROUTE=1000 is the long look before a release.
 */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS_PER_ROUTE ?? 50)

/**
 * Each commit draws its requests from one of ten fixed seeds, in turn by the
 * number of commits: a red build replays exactly (same commit, same seed),
 * and ten commits in a row cover ten times the inputs of one run.
 * FUZZ_SEED=<n> (or "random") explores others; a failure prints its seed.
 */
const ROTATING_SEEDS = [20261128, 20261205, 4127, 88001, 31337, 271828, 314159, 161803, 141421, 173205]

function seedOfThisCommit() {
  try {
    const commits = Number(execFileSync("git", ["rev-list", "--count", "HEAD"], { cwd: import.meta.dirname, stdio: ["ignore", "pipe", "ignore"] }).toString())
    return ROTATING_SEEDS[commits % ROTATING_SEEDS.length]
  } catch {
    return ROTATING_SEEDS[0]
  }
}

const SEED = process.env.FUZZ_SEED === "random" ? Date.now() : Number(process.env.FUZZ_SEED ?? seedOfThisCommit())

type Answer = { status: number; data: any }

/** Stand-ins to name the tests before the store is seeded; the tests use the real rows. */
const NAMES_ONLY: Fixtures = {
  cartId: "",
  producerId: "",
  producerHandle: "",
  villageHandle: "",
  kecamatanHandle: "",
  kecamatanId: "",
  desaId: "",
  productId: "",
  productHandle: "",
  variantId: "",
  coordinatorId: "",
}
const STORE_NAMES_ONLY: StoreFixtures = {
  regionId: "",
  productId: "",
  variantId: "",
  categoryId: "",
  cartId: "",
  lineId: "",
  shippingOptionId: "",
  paymentCollectionId: "",
  paymentProviderId: "",
}

backendTestRunner(
  ({ api, getContainer }) => {
    describe("bad input and abuse on every custom route and the Medusa store routes buyers use", () => {
      let headersOf: Record<Actor, Headers["headers"]>
      let routes: FuzzedRoute[]
      let storeRoutes: FuzzedRoute[]

      /** One request on the wire, whatever it holds: never thrown, always answered. */
      const send = (method: string, url: string, actor: Actor, body?: string): Promise<Answer> =>
        api.request({
          method,
          url,
          data: body,
          headers: { ...headersOf[actor], ...(body === undefined ? {} : { "content-type": "application/json" }) },
          transformRequest: [(data: unknown) => data],
          validateStatus: () => true,
        })

      /** Waits for the writes of earlier requests' subscribers to settle, so a change seen later is this route's. */
      async function settledFingerprint() {
        let last = await databaseFingerprint(getContainer())
        for (let attempt = 0; attempt < 20; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 250))
          const next = await databaseFingerprint(getContainer())
          if (changedTables(last, next).length === 0) return next
          last = next
        }
        return last
      }

      beforeAll(async () => {
        const container = getContainer()
        const { store, admin, regionId } = await seededStore(container, api)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "handle", "status", "desa.id", "desa.handle", "products.id"] })
        const producer = producers.find((row: any) => row.status === "active" && row.products?.length && row.desa)!
        const producer_ = await producerHeaders(container, api, "produsen-fuzz@uji.test", producer.id)
        const buyer = await customerHeaders(container, api, "pembeli-akun-fuzz@uji.test")
        headersOf = {
          store: store.headers,
          customer: { ...store.headers, authorization: buyer.headers.authorization },
          producer: producer_.headers,
          admin: admin.headers,
        }

        const { data: mine } = await api.get("/producer/products?limit=1", producer_)
        const { data: villages } = await api.get("/store/villages", store)
        const { data: places } = await api.get("/admin/places/kecamatan", admin)
        const { data: me } = await api.get("/admin/users/me", admin)
        const { data: cart } = await api.post("/store/carts", {}, store)
        const kecamatan = places.kecamatan[0]
        const fixtures: Fixtures = {
          cartId: cart.cart.id,
          producerId: producer.id,
          producerHandle: producer.handle,
          villageHandle: villages.villages[0].handle,
          kecamatanHandle: kecamatan.handle,
          kecamatanId: kecamatan.id,
          desaId: producer.desa!.id,
          productId: mine.products[0].id,
          productHandle: mine.products[0].handle,
          variantId: mine.products[0].variants[0].id,
          coordinatorId: me.user.id,
        }
        routes = customRoutes(fixtures)

        // A buyer's cart as the storefront leaves it before payment: a line, the address, pickup, a payment collection.
        const { data: listed } = await api.get(`/store/products?limit=1&region_id=${regionId}&fields=id,*variants`, store)
        const { data: categories } = await api.get("/store/product-categories?limit=1", store)
        const checkout = storeCheckout(api, store, regionId)
        const buyerCart = await checkout.createCart([{ variant_id: listed.products[0].variants[0].id, quantity: 1 }], "pembeli-fuzz@uji.test")
        await checkout.prepare(buyerCart)
        const { data: prepared } = await api.get(`/store/carts/${buyerCart}?fields=id,*items,*shipping_methods`, store)
        const { data: payment } = await api.post("/store/payment-collections", { cart_id: buyerCart }, store)
        storeRoutes = medusaStoreRoutes({
          regionId,
          productId: listed.products[0].id,
          variantId: listed.products[0].variants[0].id,
          categoryId: categories.product_categories[0]?.id ?? "pcat_01JZZZZZZZZZZZZZZZZZZZZZZZ",
          cartId: buyerCart,
          lineId: prepared.cart.items[0].id,
          shippingOptionId: prepared.cart.shipping_methods[0].shipping_option_id,
          paymentCollectionId: payment.payment_collection.id,
          paymentProviderId: "pp_cod_okoce",
        })
      }, 10 * 60_000)

      it("covers every exported method of every route.ts under src/api", async () => {
        const { readdir, readFile } = await import("node:fs/promises")
        const path = await import("node:path")
        const apiDir = path.resolve(import.meta.dirname, "../../src/api")
        const files = (await readdir(apiDir, { recursive: true })).filter((file) => file.endsWith("route.ts"))
        const exported: string[] = []
        for (const file of files) {
          const source = await readFile(path.join(apiDir, file), "utf8")
          const url = "/" + path.dirname(file).replace(/\[(\w+)\]/g, ":$1")
          for (const [, method] of source.matchAll(/export async function (GET|POST|DELETE|PUT|PATCH)\b/g)) exported.push(`${method} ${url}`)
        }
        expect(routes.map((route) => `${route.method} ${route.path}`).sort()).toEqual(exported.sort())
      })

      describe("a body over 1 MB", () => {
        const tooLarge = JSON.stringify({ title: "x".repeat(1.1 * 1024 * 1024) })
        const targets: Array<[string, Actor]> = [
          ["/producer/products", "producer"],
          ["/store/carts", "store"],
          ["/admin/products", "admin"],
          ["/auth/user/emailpass", "store"],
        ]

        it("is refused with 413 and a message in Indonesian on our routes and Medusa's, and changes nothing", async () => {
          const before = await settledFingerprint()
          for (const [url, actor] of targets) {
            const answer = await send("POST", url, actor, tooLarge)
            expect({ url, status: answer.status, data: answer.data }).toEqual({
              url,
              status: 413,
              data: { type: "payload_too_large", message: "Permintaan terlalu besar: paling banyak 1 MB." },
            })
          }
          expect(changedTables(before, await settledFingerprint())).toEqual([])
        })

        it("leaves bodies under the limit to the route: 900 KB is validated (400), a normal product is created", async () => {
          const large = await send("POST", "/producer/products", "producer", JSON.stringify({ ...newProduct(), note: "x".repeat(900 * 1024) }))
          expect(large.status).toBe(400)
          const normal = await send("POST", "/producer/products", "producer", JSON.stringify(newProduct("Keripik Talas Ungu")))
          expect(normal.status).toBe(201)
          expect(normal.data.product.title).toBe("Keripik Talas Ungu")
        })
      })

      /**
       * Per route: no generated request gets a 5xx, every 4xx says why in JSON,
       * and a run answered only with 4xx left every table as it was. GET input
       * can be valid, so for GET only the first two apply.
       */
      const names = [...customRoutes(NAMES_ONLY), ...medusaStoreRoutes(STORE_NAMES_ONLY)].map((route) => `${route.method} ${route.path}`)
      it.each(names.map((name, index) => [name, index] as const))(
        "%s: no 5xx, a JSON message on every 4xx, nothing stored from a refused request",
        async (_, index) => {
          const route = [...routes, ...storeRoutes][index]
          const before = route.method === "GET" ? null : await settledFingerprint()
          const statuses = new Set<number>()
          const request = fc.record({
            params: fc.record(route.params ?? {}),
            query: route.query ? queryText(route.query) : fc.constant(""),
            body: route.body !== undefined ? bodyText(route.body) : fc.constant(undefined),
          })
          await fc.assert(
            fc.asyncProperty(request, async ({ params, query, body }) => {
              const path = route.path.replace(/:(\w+)/g, (_, name: string) => params[name])
              const url = query ? `${path}?${query}` : path
              const answer = await send(route.method, url, route.actor, body)
              statuses.add(answer.status)
              const shown = `${route.method} ${url} ${body ?? ""}\n→ ${answer.status} ${JSON.stringify(answer.data)?.slice(0, 500)}`
              expect(answer.status, shown).toBeLessThan(500)
              if (answer.status >= 400) expect(typeof answer.data?.message, shown).toBe("string")
            }),
            // No shrinking: each step is an HTTP round trip; the first counterexample is shown as generated.
            { numRuns: RUNS_PER_ROUTE, endOnFailure: true, seed: SEED }
          )
          if (before && [...statuses].every((status) => status >= 400 && status < 500)) {
            const after = await settledFingerprint()
            expect(changedTables(before, after), `${route.method} ${route.path} refused every request yet changed`).toEqual([])
          }
        },
        10 * 60_000
      )
    })
  },
  { seeded: true }
)
