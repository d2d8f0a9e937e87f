import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readSeedData, seedDemo } from "@pasar-desa/seed"
import { coordinatorHeaders } from "../admin-auth"
import { backendTestRunner } from "../medusa-runner"
import { giveProductPhoto } from "../producer-fixtures"
import { testsShareTheDatabase } from "../shared-database"
import { transitionCurationWorkflow } from "../../src/workflows/curation/transition-curation"
import { RELEVANCE_CASES } from "./relevance-cases"
import { NO_HIT_CASES, type NoHitAnswer, noHitProblems } from "./no-hit-cases"

const silent = { start: () => {}, tick: () => {}, stop: () => {} }
const { catalogue } = readSeedData()
const VISIBILITY_DEADLINE_MS = 5_000
const COORDINATOR = { type: "user" as const, id: "user_search_test" }

type Hit = {
  id: string
  handle: string
  title: string
  price: number | null
  halal: boolean
  in_stock: boolean
  producer: { handle: string; name: string } | null
  desa: { handle: string } | null
  kecamatan: { handle: string } | null
  category: { handle: string } | null
}
type SearchBody = {
  hits: Hit[]
  facets: Record<string, Array<{ value: string; count: number }>>
  count: number
  limit: number
  offset: number
  corrected_q: string | null
}
type Refusal = { message: string }
type Response<T = any> = { status: number; data: T }

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<{ value: T; elapsedMs: number }> {
  const started = Date.now()
  let value = await read()
  while (!done(value) && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return { value, elapsedMs: Date.now() - started }
}

/**
 * The product search contract, run once per engine: the same relevance,
 * filter, visibility and bad-input cases for PostgreSQL and Meilisearch.
 */
export function productSearchContract(engine: string, { env }: { env?: Record<string, string> } = {}) {
  backendTestRunner(
    ({ api, getContainer }) => {
      describe(`product search on ${engine}`, () => {
        let store: { headers: Record<string, string> }
        let admin: { headers: Record<string, string> }
        let visibleHandles: string[]
        const call = <T>(promise: Promise<Response<T>>) => promise.catch((error: { response: Response<T> }) => error.response)
        const search = <T = SearchBody>(params: string) => call<T>(api.get(`/store/search/products?${params}`, store))
        const searchQ = <T = SearchBody>(q: string, params = "") => search<T>(`q=${encodeURIComponent(q)}${params ? `&${params}` : ""}`)
        const handlesFor = async (q: string) => (await searchQ(q, "limit=100")).data.hits.map((hit) => hit.handle)

        beforeAll(async () => {
          const container = getContainer()
          const { publishableKey } = await seedDemo(container, { accounts: [], progress: silent })
          store = { headers: { "x-publishable-api-key": publishableKey } }
          admin = await coordinatorHeaders(container, api)
          const query = container.resolve(ContainerRegistrationKeys.QUERY)
          const { data } = await query.graph({ entity: "product", fields: ["handle", "product_curation.state", "producer.status"] })
          visibleHandles = data.filter((row) => row.product_curation?.state === "approved" && row.producer?.status === "active").map((row) => row.handle)
          // Seeding raised hundreds of events; rebuild once so every test starts from the same complete index.
          await container.resolve(Modules.SEARCH).reindex({ index: "product", strategy: "swap" })
          const { value } = await waitFor(
            () => search("limit=1"),
            (response) => response.data?.count === visibleHandles.length,
            30_000
          )
          expect(value.data.count).toBe(visibleHandles.length)
        })

        describe("relevance", () => {
          // Searches only read.
          testsShareTheDatabase()
          it.each(RELEVANCE_CASES)("finds $top.0 first for '$query' ($why)", async ({ query, params, top, within = 5 }) => {
            const { status, data } = await searchQ(query, params)
            expect(status).toBe(200)
            const first = data.hits.slice(0, within).map((hit) => hit.handle)
            expect(
              first.some((handle) => top.includes(handle)),
              `top ${within} for '${query}': ${first.join(", ")}`
            ).toBe(true)
          })

          it.each(NO_HIT_CASES)("finds nothing for '$query' and offers a way on ($why)", async (noHit) => {
            const { status, data } = await searchQ<NoHitAnswer>(noHit.query)
            expect(status).toBe(200)
            expect(noHitProblems(data, noHit)).toEqual([])
          })

          it("keeps every hit inside the kecamatan, halal and price filters", async () => {
            const nawangan = await searchQ("kopi", "kecamatan=nawangan&limit=100")
            expect(nawangan.data.count).toBeGreaterThan(0)
            expect(nawangan.data.hits.every((hit) => hit.kecamatan?.handle === "nawangan")).toBe(true)

            const halal = await searchQ("ikan", "halal=true&limit=100")
            expect(halal.data.hits.every((hit) => hit.halal)).toBe(true)
            expect(halal.data.hits.map((hit) => hit.handle)).not.toContain("ikan-asin-tongkol-pagerlor")

            const cheap = await searchQ("madu", "price_max=60000&limit=100")
            expect(cheap.data.count).toBeGreaterThan(0)
            expect(cheap.data.hits.every((hit) => hit.price !== null && hit.price <= 60_000)).toBe(true)

            const inStockSeafood = await search("category=hasil-laut&in_stock=true&limit=100")
            expect(inStockSeafood.data.hits.every((hit) => hit.in_stock && hit.category?.handle === "hasil-laut")).toBe(true)
            expect(inStockSeafood.data.hits.map((hit) => hit.handle)).not.toContain("ikan-asap-campur-pagerlor")

            const byDesaAndProducer = await search("desa=penggung&producer=madu-pahit-pak-tarno-penggung&limit=100")
            expect(byDesaAndProducer.data.hits.map((hit) => hit.handle).sort()).toEqual([
              "madu-lebah-hutan-penggung",
              "madu-pahit-penggung",
              "madu-sarang-lebah-hutan",
            ])
          })

          it("sorts by price both ways and by newest", async () => {
            const ascending = (await searchQ("kopi", "sort=price_asc&limit=100")).data.hits.map((hit) => hit.price!)
            expect(ascending.length).toBeGreaterThan(10)
            expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
            const descending = (await searchQ("kopi", "sort=price_desc&limit=100")).data.hits.map((hit) => hit.price!)
            expect(descending).toEqual([...ascending].sort((a, b) => b - a))
            const newest = await search("sort=newest&limit=5")
            expect(newest.data.hits).toHaveLength(5)
          })

          it("answers facets that count the matching products per kecamatan, desa, producer, category, halal and stock", async () => {
            const { data } = await searchQ("kopi", "limit=1")
            expect(Object.keys(data.facets).sort()).toEqual(["category", "desa", "halal", "in_stock", "kecamatan", "producer"])
            const perKecamatan = data.facets.kecamatan.reduce((sum, facet) => sum + facet.count, 0)
            expect(perKecamatan).toBe(data.count)
            expect(data.facets.kecamatan.map((facet) => facet.value)).toEqual(expect.arrayContaining(["nawangan", "tegalombo"]))
            expect(data.facets.halal.map((facet) => facet.value).sort()).toEqual(expect.arrayContaining(["true"]))
          })

          it("counts every facet value exactly as the hits carry it, most frequent first, with and without words and filters", async () => {
            const facetValueOf: Record<string, (hit: Hit) => string | undefined> = {
              kecamatan: (hit) => hit.kecamatan?.handle,
              desa: (hit) => hit.desa?.handle,
              producer: (hit) => hit.producer?.handle,
              category: (hit) => hit.category?.handle,
              halal: (hit) => String(hit.halal),
              in_stock: (hit) => String(hit.in_stock),
            }
            for (const params of ["q=kopi", "q=gula%20jawa", "q=keripik&halal=true", "kecamatan=tegalombo", "category=hasil-laut&in_stock=true"]) {
              const { data } = await search(`${params}&limit=100`)
              expect(data.count, params).toBe(data.hits.length)
              for (const [facet, valueOf] of Object.entries(facetValueOf)) {
                const expected = new Map<string, number>()
                for (const hit of data.hits) {
                  const value = valueOf(hit)
                  if (value !== undefined) expected.set(value, (expected.get(value) ?? 0) + 1)
                }
                const answered = data.facets[facet]
                expect(Object.fromEntries(answered.map(({ value, count }) => [value, count])), `${facet} for "${params}"`).toEqual(Object.fromEntries(expected))
                const counts = answered.map(({ count }) => count)
                expect(counts, `${facet} order for "${params}"`).toEqual([...counts].sort((a, b) => b - a))
              }
            }
          })

          it("pages through every buyer-visible product with an empty query, and never shows hidden ones", async () => {
            const seen: string[] = []
            for (let offset = 0; ; offset += 100) {
              const { data } = await search(`limit=100&offset=${offset}`)
              seen.push(...data.hits.map((hit) => hit.handle))
              if (data.hits.length < 100) break
            }
            expect(seen.sort()).toEqual([...visibleHandles].sort())
            const hiddenProducers = catalogue.producers.filter((producer) => producer.status !== "active").map((producer) => producer.handle)
            expect((await handlesFor("dodol")).some((handle) => handle.includes("mbak-ning"))).toBe(false)
            expect(await handlesFor("madu kaliandra")).toEqual([])
            expect(catalogue.products.filter((product) => hiddenProducers.includes(product.producer)).some((product) => seen.includes(product.handle))).toBe(
              false
            )
          })
        })

        describe("bad input", () => {
          // Refused or answered searches, which change nothing.
          testsShareTheDatabase()
          it("answers odd queries with a result, never an error", async () => {
            for (const q of ["'; drop table product; --", "%", "%%_", "☕🔥", "\\", "' OR 1=1 --", "a", "   ", "<script>alert(1)</script>"]) {
              const response = await searchQ(q)
              expect(response.status, `q=${q}`).toBe(200)
              expect(Array.isArray(response.data.hits)).toBe(true)
            }
            expect((await search("q=")).data.count).toBe(visibleHandles.length)
          })

          it("refuses a 1,000-character query, unknown parameters and malformed filters with a 400 that names the problem", async () => {
            const long = await searchQ<Refusal>("kopi ".repeat(200))
            expect(long.status).toBe(400)
            expect(long.data.message).toContain("200")
            for (const [params, named] of [
              ["q=kopi&admin=true", "admin"],
              ["kecamatan=DROP%20TABLE", "kecamatan"],
              ["halal=ya", "halal"],
              ["price_min=-1", "price_min"],
              ["sort=cheapest", "sort"],
              ["limit=1000", "limit"],
            ]) {
              const response = await search<Refusal>(params)
              expect(response.status, params).toBe(400)
              expect(response.data.message, params).toContain(named)
            }
          })

          it("refuses a request without a publishable key", async () => {
            const response = await call<Refusal>(api.get("/store/search/products?q=kopi"))
            expect(response.status).toBe(400)
            expect(response.data.message).toContain("x-publishable-api-key")
          })
        })

        // Meilisearch keeps its index outside the database the runner restores
        // between tests, so each of these changes a different producer's products.
        describe("visibility", () => {
          it(`drops a revoked product within ${VISIBILITY_DEADLINE_MS / 1000} s`, async () => {
            expect(await handlesFor("kopi jahe gembuk")).toContain("kopi-jahe-gembuk")
            const { data } = await getContainer()
              .resolve(ContainerRegistrationKeys.QUERY)
              .graph({ entity: "product", fields: ["id"], filters: { handle: "kopi-jahe-gembuk" } })
            await transitionCurationWorkflow(getContainer()).run({
              input: { product_ids: [data[0].id], action: "revoke", reason: "Label halal belum diperbarui", actor: COORDINATOR },
            })
            const { value, elapsedMs } = await waitFor(
              () => handlesFor("kopi jahe gembuk"),
              (handles) => !handles.includes("kopi-jahe-gembuk"),
              VISIBILITY_DEADLINE_MS
            )
            expect(value).not.toContain("kopi-jahe-gembuk")
            expect(elapsedMs).toBeLessThan(VISIBILITY_DEADLINE_MS)
          })

          it(`shows a newly approved product within ${VISIBILITY_DEADLINE_MS / 1000} s`, async () => {
            const producerId = (await api.get("/admin/producers?q=keripik-bu-siti-tokawi", admin)).data.producers.find(
              (row: { handle: string }) => row.handle === "keripik-bu-siti-tokawi"
            ).id
            const { data } = await api.post(
              "/admin/products",
              {
                title: "Wajik Klethik Tokawi",
                handle: "wajik-klethik-tokawi",
                description: "Wajik ketan dengan gula kelapa, dibungkus daun jagung kering.",
                status: "published",
                options: [{ title: "Berat", values: ["250 g"] }],
                variants: [{ title: "250 g", options: { Berat: "250 g" }, prices: [{ amount: 14000, currency_code: "idr" }], manage_inventory: false }],
                additional_data: {
                  producer_id: producerId,
                  compliance: {
                    product_type: "processed_food",
                    net_quantity: "250 g",
                    ingredients: "Ketan, gula kelapa",
                    shelf_life_days: 14,
                    storage: "Simpan di tempat sejuk",
                    licence: "pirt",
                    halal: true,
                  },
                },
              },
              admin
            )
            const productId = data.product.id as string
            expect(await handlesFor("wajik klethik")).toEqual([])
            await giveProductPhoto(getContainer(), productId)
            await transitionCurationWorkflow(getContainer()).run({ input: { product_ids: [productId], action: "submit", actor: COORDINATOR } })
            await transitionCurationWorkflow(getContainer()).run({ input: { product_ids: [productId], action: "approve", actor: COORDINATOR } })
            const { value, elapsedMs } = await waitFor(
              () => handlesFor("wajik klethik"),
              (handles) => handles.includes("wajik-klethik-tokawi"),
              VISIBILITY_DEADLINE_MS
            )
            expect(value).toContain("wajik-klethik-tokawi")
            expect(elapsedMs).toBeLessThan(VISIBILITY_DEADLINE_MS)
          })

          it(`takes a product out of "in stock" within ${VISIBILITY_DEADLINE_MS / 1000} s when its stock is set to 0`, async () => {
            const used = ["kopi-jahe-gembuk", "keripik-bu-siti-tokawi", "cengkeh-pak-gimin-kasihan"]
            const active = new Set(catalogue.producers.filter((producer) => producer.status === "active").map((producer) => producer.handle))
            const product = catalogue.products.find(
              (candidate) =>
                candidate.variants.length === 1 &&
                candidate.variants[0].stock > 0 &&
                active.has(candidate.producer) &&
                !used.some((handle) => candidate.handle.includes(handle) || candidate.producer === handle)
            )!
            const inStock = async () => (await search(`q=${encodeURIComponent(product.title)}&in_stock=true&limit=100`)).data.hits.map((hit) => hit.handle)
            expect(await inStock()).toContain(product.handle)
            const { data } = await api.get(`/admin/inventory-items?sku=${product.variants[0].sku}&fields=id,location_levels.location_id`, admin)
            const item = data.inventory_items[0]
            await api.post(`/admin/inventory-items/${item.id}/location-levels/${item.location_levels[0].location_id}`, { stocked_quantity: 0 }, admin)
            const { value, elapsedMs } = await waitFor(inStock, (handles) => !handles.includes(product.handle), VISIBILITY_DEADLINE_MS)
            expect(value).not.toContain(product.handle)
            expect(elapsedMs).toBeLessThan(VISIBILITY_DEADLINE_MS)
          })

          it(`drops a suspended producer's products within ${VISIBILITY_DEADLINE_MS / 1000} s`, async () => {
            const producer = (await api.get("/admin/producers?q=cengkeh-pak-gimin-kasihan", admin)).data.producers.find(
              (row: { handle: string }) => row.handle === "cengkeh-pak-gimin-kasihan"
            )
            const theirs = catalogue.products.filter((product) => product.producer === "cengkeh-pak-gimin-kasihan").map((product) => product.handle)
            expect((await handlesFor("Kasihan")).filter((handle) => theirs.includes(handle)).length).toBeGreaterThan(0)
            const suspended = await call(api.post(`/admin/producers/${producer.id}`, { status: "suspended", status_reason: "Izin usaha dibekukan" }, admin))
            expect(suspended.status).toBe(200)
            const { value, elapsedMs } = await waitFor(
              () => handlesFor("Kasihan"),
              (handles) => !handles.some((handle) => theirs.includes(handle)),
              VISIBILITY_DEADLINE_MS
            )
            expect(value.filter((handle) => theirs.includes(handle))).toEqual([])
            expect(elapsedMs).toBeLessThan(VISIBILITY_DEADLINE_MS)
          })
        })
      })
    },
    // Starts from the seeded template when there is one; the rebuild above makes the index whatever the engine.
    { env, seeded: true }
  )
}
