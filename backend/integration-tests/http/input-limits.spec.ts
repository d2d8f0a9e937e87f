import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { backendTestRunner } from "../medusa-runner"
import { newProduct, producerHeaders, type Headers } from "../producer-fixtures"
import { seededStore } from "../seeded-store"
import { TEXT_LIMITS } from "../../src/lib/input-limits"

type Response = { status: number; data: any }

/** An address in the store's own file storage (Medusa's local file provider under MEDUSA_BACKEND_URL/static). */
const OWN_PICTURE = "http://localhost:9000/static/1733300000000-keripik.png"
const OUTSIDE_PICTURES = [
  "javascript:alert(1)",
  "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
  "https://pelacak.example/pixel.gif",
  "http://localhost:9000.pelacak.example/static/x.png",
]

backendTestRunner(
  ({ api, getContainer }) => {
    describe("input limits: what a form would never send is refused by the API too", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      let producer: Headers
      let productId: string

      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
      const post = (url: string, body: unknown, headers: Headers) => call(api.post(url, body, headers))
      const get = (url: string, headers: Headers) => call(api.get(url, headers))
      const ownProducts = async () => (await api.get("/producer/products?limit=100", producer)).data.count as number

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin, regionId } = await seededStore(container, api))
        const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "producer", fields: ["id", "products.id"] })
        const owner = data.find((row) => row.products?.length)!
        producer = await producerHeaders(container, api, "produsen-batas@uji.test", owner.id)
        productId = owner.products![0]!.id
      })

      it("refuses ingredients longer than the panel form's 1,000 characters and stores no product", async () => {
        const before = await ownProducts()
        const product = newProduct("Keripik Komposisi Panjang")
        const tooLong = await post(
          "/producer/products",
          { ...product, compliance: { ...product.compliance, ingredients: "pisang, ".repeat(125) + "x" } },
          producer
        )
        expect(tooLong.status).toBe(400)
        expect(tooLong.data.message).toMatch(/ingredients: paling banyak 1000 huruf/)
        expect(await ownProducts()).toBe(before)

        const atTheLimit = await post(
          "/producer/products",
          { ...product, compliance: { ...product.compliance, ingredients: "p".repeat(TEXT_LIMITS.ingredients) } },
          producer
        )
        expect(atTheLimit.status, JSON.stringify(atTheLimit.data)).toBe(201)
      })

      it("refuses a product picture or profile photo that is not in the store's own file storage", async () => {
        const before = await ownProducts()
        for (const thumbnail of OUTSIDE_PICTURES) {
          const created = await post("/producer/products", { ...newProduct("Keripik Bergambar"), thumbnail }, producer)
          expect(created.status, thumbnail).toBe(400)
          expect(created.data.message).toMatch(/thumbnail: harus gambar yang diunggah ke penyimpanan Pasar Desa/)
          expect((await post(`/producer/products/${productId}`, { thumbnail }, producer)).status, thumbnail).toBe(400)
          const photo = await post("/producer/me", { photo_url: thumbnail }, producer)
          expect(photo.status, thumbnail).toBe(400)
          expect(photo.data.message).toMatch(/photo_url: harus gambar yang diunggah/)
        }
        expect(await ownProducts()).toBe(before)
        const own = await post("/producer/products", { ...newProduct("Keripik Bergambar"), thumbnail: OWN_PICTURE }, producer)
        expect(own.status, JSON.stringify(own.data)).toBe(201)
      })

      it("refuses outside pictures on Medusa's admin product routes, and keeps the picture the product had", async () => {
        const read = async () => (await api.get(`/admin/products/${productId}?fields=thumbnail,images.url`, admin)).data.product
        const before = await read()
        for (const url of OUTSIDE_PICTURES) {
          const thumbnail = await post(`/admin/products/${productId}`, { thumbnail: url }, admin)
          expect(thumbnail.status, url).toBe(400)
          expect(thumbnail.data.message).toMatch(/^thumbnail: harus gambar yang diunggah/)
          const images = await post(`/admin/products/${productId}`, { images: [{ url: OWN_PICTURE }, { url }] }, admin)
          expect(images.status, url).toBe(400)
          expect(images.data.message).toMatch(/^images\.1\.url: harus gambar yang diunggah/)
        }
        expect(await read()).toEqual(before)
        const own = await post(`/admin/products/${productId}`, { thumbnail: OWN_PICTURE, images: [{ url: OWN_PICTURE }] }, admin)
        expect(own.status, JSON.stringify(own.data)).toBe(200)
        expect(own.data.product.thumbnail).toBe(OWN_PICTURE)
      })

      it("refuses a cart, line or address carrying more than a few KB of metadata, and keeps small notes", async () => {
        const big = { catatan: "x".repeat(900_000) }
        const huge = await post("/store/carts", { region_id: regionId, metadata: big }, store)
        expect(huge.status).toBe(400)
        expect(huge.data.message).toMatch(/Metadata terlalu besar: metadata: paling besar 4 KB/)
        const manyKeys = Object.fromEntries(Array.from({ length: 21 }, (_, index) => [`k${index}`, 1]))
        expect((await post("/store/carts", { region_id: regionId, metadata: manyKeys }, store)).status).toBe(400)

        const small = await post("/store/carts", { region_id: regionId, metadata: { catatan: "titip di warung" } }, store)
        expect(small.status).toBe(200)
        const cartId = small.data.cart.id
        const address = await post(`/store/carts/${cartId}`, { shipping_address: { first_name: "Siti", metadata: { catatan: "y".repeat(5000) } } }, store)
        expect(address.status).toBe(400)
        expect(address.data.message).toMatch(/shipping_address\.metadata: paling besar 4 KB/)
        const { data } = await api.get("/store/products?limit=1&fields=variants.id", store)
        const line = await post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: data.products[0].variants[0].id, quantity: 1, metadata: { catatan: "z".repeat(5000) } },
          store
        )
        expect(line.status).toBe(400)
        expect((await api.get(`/store/carts/${cartId}`, store)).data.cart).toMatchObject({ metadata: { catatan: "titip di warung" }, items: [] })
      })

      it("answers a negative limit or offset and a date filter that is no date with 400 in Indonesian, not 500", async () => {
        for (const [search, field] of [
          ["limit=-1", /limit/],
          ["offset=-5", /offset/],
          ["created_at[$gt]=notadate", /created_at/],
          ["updated_at[$lte]=2026-13-45", /updated_at/],
        ] as const) {
          const answer = await get(`/store/products?${search}`, store)
          expect(answer.status, search).toBe(400)
          expect(answer.data.message, search).toMatch(field)
          expect(answer.data.message, search).toMatch(/harus|tidak/)
        }
        expect((await get("/store/products?limit=2&offset=1&created_at[$gt]=2020-01-01T00:00:00Z", store)).status).toBe(200)
      })
    })
  },
  { seeded: true }
)
