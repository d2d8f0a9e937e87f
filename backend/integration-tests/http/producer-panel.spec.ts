import sharp from "sharp"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CATALOGUE_REVISION_MODULE } from "../../src/modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../../src/modules/catalogue-revision/service"
import { CURATION_MODULE } from "../../src/modules/curation"
import type CurationModuleService from "../../src/modules/curation/service"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { backendTestRunner } from "../medusa-runner"
import { startLocalBucket } from "../s3-bucket"
import { createTestDesa, createTestProducer, newProduct, phonePhoto, producerHeaders, type Headers } from "../producer-fixtures"

type Response = { status: number; data: any }

// This suite's uploads go to an S3-compatible bucket, as docker-compose.yml's MinIO keeps them; the npm start
// suite uploads to the backend's own disk. Set before the runner reads medusa-config.ts.
const bucket = await startLocalBucket()
Object.assign(process.env, bucket.env)
afterAll(() => bucket.close())

backendTestRunner(({ api, getContainer }) => {
  describe("the producer panel API", () => {
    let producer: Headers
    let producerId: string
    const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
    const get = (url: string, auth: Headers = producer) => call(api.get(url, auth))
    const post = (url: string, body: unknown, auth: Headers = producer) => call(api.post(url, body, auth))
    const del = (url: string, auth: Headers = producer) => call(api.delete(url, auth))

    async function createProduct(title?: string) {
      const response = await post("/producer/products", newProduct(title))
      expect(response.status, JSON.stringify(response.data)).toBe(201)
      return response.data.product as { id: string; variants: Array<{ id: string; title: string; prices?: Array<{ amount: number }> }> }
    }

    /** As if a coordinator had approved it; the approval checks themselves are the curation suite's. */
    async function markApproved(productId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["product_curation.id"], filters: { id: productId } })
      const curation: CurationModuleService = getContainer().resolve(CURATION_MODULE)
      await curation.updateProductCurations({ id: data[0].product_curation!.id, state: "approved" })
    }

    beforeAll(async () => {
      const container = getContainer()
      const desaId = await createTestDesa(container)
      producerId = await createTestProducer(container, desaId, "keripik-bu-tini")
      producer = await producerHeaders(container, api, "produsen@test.local", producerId)
    })

    describe("signing in", () => {
      it("signs a producer in as the producer actor and shows them their own profile", async () => {
        const response = await get("/producer/me")
        expect(response.status).toBe(200)
        expect(response.data.producer).toMatchObject({
          id: producerId,
          handle: "keripik-bu-tini",
          status: "active",
          stock_location: { id: expect.any(String) },
        })
      })

      it("refuses a login that belongs to no producer, in Indonesian", async () => {
        const stray = await producerHeaders(getContainer(), api, "tanpa-produsen@test.local", null)
        const response = await get("/producer/me", stray)
        expect(response.status).toBe(401)
        expect(response.data.message).toMatch(/belum terhubung ke produsen/)
      })

      it("shuts a suspended producer out of selling at once, even with a token from before, telling them the coordinator's reason; their placed orders stay open to them", async () => {
        const container = getContainer()
        const desaId = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "desa", fields: ["id"] })).data[0].id
        const suspendedId = await createTestProducer(container, desaId, "gula-ditangguhkan")
        const auth = await producerHeaders(container, api, "ditangguhkan@test.local", suspendedId)
        expect((await get("/producer/me", auth)).status).toBe(200)
        await container
          .resolve<ProducerModuleService>(PRODUCER_MODULE)
          .updateProducers({ id: suspendedId, status: "suspended", status_reason: "Izin P-IRT sedang diperiksa ulang" })
        const response = await get("/producer/products", auth)
        expect(response.status).toBe(403)
        // The coordinator's reason, in the producer's own message.
        expect(response.data.message).toBe(
          "Akun produsen Anda sedang ditangguhkan: Izin P-IRT sedang diperiksa ulang. Pesanan yang sudah masuk tetap bisa diproses. Hubungi koordinator OK OCE."
        )
        expect((await post("/producer/products", newProduct(), auth)).status).toBe(403)
        expect((await post("/producer/me", { story: "Cerita baru yang cukup panjang untuk profil." }, auth)).status).toBe(403)
        // Orders already placed can still be seen, and their profile with its status.
        expect((await get("/producer/orders", auth)).status).toBe(200)
        expect((await get("/producer/me", auth)).data.producer).toMatchObject({ status: "suspended", status_reason: "Izin P-IRT sedang diperiksa ulang" })
      })

      it("lets a pending producer see their profile but not yet sell", async () => {
        const container = getContainer()
        const desaId = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "desa", fields: ["id"] })).data[0].id
        const pendingId = await createTestProducer(container, desaId, "madu-menunggu", "pending")
        const auth = await producerHeaders(container, api, "menunggu@test.local", pendingId)
        expect((await get("/producer/me", auth)).data.producer.status).toBe("pending")
        const response = await post("/producer/products", newProduct(), auth)
        expect(response.status).toBe(403)
        expect(response.data.message).toMatch(/belum diaktifkan/)
      })
    })

    describe("profile", () => {
      it("saves the producer's own edits, WhatsApp stored as E.164", async () => {
        const response = await post("/producer/me", { whatsapp: "0813-1111-2222", story: "Keripik pisang dan singkong dari kebun sendiri di Gemaharjo." })
        expect(response.status).toBe(200)
        expect(response.data.producer).toMatchObject({ whatsapp: "+6281311112222", story: expect.stringContaining("Gemaharjo") })
      })

      it("keeps where the producer hears from the shop, WhatsApp until they choose, and refuses a channel the shop has not, in Indonesian, changing nothing", async () => {
        expect((await get("/producer/me")).data.producer.notify_by).toBe("whatsapp")
        expect((await post("/producer/me", { notify_by: "email" })).data.producer.notify_by).toBe("email")
        const refused = await post("/producer/me", { notify_by: "sms", owner_name: "Nama Baru Sekali" })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("notify_by: pilih salah satu dari whatsapp, email, both")
        expect((await get("/producer/me")).data.producer).toMatchObject({ notify_by: "email", owner_name: expect.not.stringContaining("Nama Baru") })
      })

      it.each([
        ["status", { status: "active" }],
        ["handle", { handle: "nama-lain" }],
        ["status_reason", { status_reason: "x" }],
      ])("refuses a profile edit that sets %s (the coordinator's) with 400, and changes nothing", async (field, body) => {
        const before = (await get("/producer/me")).data.producer
        const response = await post("/producer/me", { ...body, owner_name: "Nama Baru Sekali" })
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
        expect((await get("/producer/me")).data.producer).toEqual(before)
      })

      it("re-runs the licence checks: an expired P-IRT is refused naming it, the old one kept", async () => {
        const response = await post("/producer/me", { pirt: { number: "2063501010123-20", expires_on: "2020-01-01" } })
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("pirt.expires_on")
        expect((await get("/producer/me")).data.producer.pirt_number).toBe("2063501010123-29")
      })
    })

    describe("products", () => {
      it("creates a draft in curation with IDR prices, listed only for its producer", async () => {
        const product = await createProduct("Keripik Singkong Balado")
        expect(product).toMatchObject({
          title: "Keripik Singkong Balado",
          product_curation: { state: "draft" },
          product_compliance: { product_type: "processed_food", licence: "pirt" },
          variants: expect.arrayContaining([
            expect.objectContaining({ title: "250 g", prices: [expect.objectContaining({ amount: 15000, currency_code: "idr" })] }),
          ]),
        })
        expect(product).not.toHaveProperty("producer")
        const list = await get("/producer/products?q=balado")
        expect(list.data.products.map((row: { id: string }) => row.id)).toEqual([product.id])
      })

      it("lists its products newest first in pages that add up, filters by state, and reads % and _ in a search as letters", async () => {
        const created = [await createProduct("Gula Aren 100% Murni"), await createProduct("Gula Aren Cair")]
        const all = (await get("/producer/products?limit=100")).data
        const ids: string[] = []
        for (let offset = 0; offset < all.count; offset += 2) {
          const page = (await get(`/producer/products?limit=2&offset=${offset}`)).data
          expect(page).toMatchObject({ count: all.count, limit: 2, offset })
          ids.push(...page.products.map((row: { id: string }) => row.id))
        }
        expect(ids).toEqual(all.products.map((row: { id: string }) => row.id))
        expect(new Set(ids).size).toBe(all.count)
        const createdAt = all.products.map((row: { created_at: string }) => new Date(row.created_at).getTime())
        expect(createdAt).toEqual([...createdAt].sort((a, b) => b - a))
        expect(ids.slice(0, 2)).toEqual([created[1].id, created[0].id])

        const drafts = (await get("/producer/products?curation_state=draft&limit=100")).data
        expect(drafts.products.length).toBe(drafts.count)
        expect(drafts.products.every((row: { product_curation: { state: string } }) => row.product_curation.state === "draft")).toBe(true)
        expect(drafts.products.map((row: { id: string }) => row.id)).toEqual(expect.arrayContaining(created.map((product) => product.id)))
        expect((await get("/producer/products?curation_state=approved&limit=100")).data.products.map((row: { id: string }) => row.id)).not.toContain(
          created[0].id
        )

        expect((await get(`/producer/products?q=${encodeURIComponent("100%")}`)).data.products.map((row: { id: string }) => row.id)).toEqual([created[0].id])
        expect((await get(`/producer/products?q=${encodeURIComponent("aren_")}`)).data.count).toBe(0)
      })

      it.each([
        ["status", { status: "published" }],
        ["producer_id", { producer_id: "prdc_lain" }],
        ["product_curation", { product_curation: { state: "approved" } }],
        ["price: harga dalam rupiah bulat", { variants: [{ title: "250 g", price: 150.5 }] }],
        ["compliance", { compliance: undefined }],
      ])("refuses a new product with %s with 400 naming it, and stores nothing", async (field, change) => {
        const before = (await get("/producer/products")).data.count
        const response = await post("/producer/products", { ...newProduct(), ...change })
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
        expect((await get("/producer/products")).data.count).toBe(before)
      })

      it("submits a draft to the coordinators", async () => {
        const product = await createProduct()
        const response = await post(`/producer/products/${product.id}/submit`, {})
        expect(response.status).toBe(200)
        expect(response.data.product.product_curation.state).toBe("submitted")
      })

      it("deletes a draft but not a product under review", async () => {
        const draft = await createProduct()
        expect((await del(`/producer/products/${draft.id}`)).data).toEqual({ id: draft.id, object: "product", deleted: true })
        expect((await get(`/producer/products/${draft.id}`)).status).toBe(404)

        const submitted = await createProduct()
        await post(`/producer/products/${submitted.id}/submit`, {})
        const refused = await del(`/producer/products/${submitted.id}`)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/Hanya draf/)
        expect((await get(`/producer/products/${submitted.id}`)).status).toBe(200)
      })

      it("keeps an approved product approved when only its price changes", async () => {
        const product = await createProduct()
        await markApproved(product.id)
        const response = await post(`/producer/products/${product.id}`, { variants: [{ id: product.variants[0].id, price: 17000 }] })
        expect(response.status).toBe(200)
        expect(response.data.sent_back_to_review).toBe(false)
        expect(response.data.product.product_curation.state).toBe("approved")
        const variant = response.data.product.variants.find((row: { id: string }) => row.id === product.variants[0].id)
        expect(variant.prices).toEqual([expect.objectContaining({ amount: 17000, currency_code: "idr" })])
      })

      it("sends an approved product back to review when its title or ingredients change, saying what changed", async () => {
        const product = await createProduct()
        await markApproved(product.id)
        const response = await post(`/producer/products/${product.id}`, { title: "Keripik Pisang Pedas", compliance: { ingredients: "Pisang, cabai, garam" } })
        expect(response.status).toBe(200)
        expect(response.data.sent_back_to_review).toBe(true)
        expect(response.data.product).toMatchObject({
          title: "Keripik Pisang Pedas",
          product_curation: { state: "submitted" },
          product_compliance: { ingredients: "Pisang, cabai, garam" },
        })
        expect(response.data.product.product_curation.events).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ action: "reopen", to_state: "submitted", reason: expect.stringContaining("title, compliance.ingredients") }),
          ])
        )
      })

      it("renames a variant (back to review when approved, its name being a claim on the label) and refuses two variants of one name", async () => {
        const product = await createProduct()
        await markApproved(product.id)
        const [first] = product.variants
        const renamed = await post(`/producer/products/${product.id}`, { variants: [{ id: first.id, title: "Kemasan 300 g" }] })
        expect(renamed.status).toBe(200)
        expect(renamed.data.sent_back_to_review).toBe(true)
        expect(renamed.data.product.variants.find((row: { id: string }) => row.id === first.id).title).toBe("Kemasan 300 g")
        expect(renamed.data.product.product_curation.events).toEqual(
          expect.arrayContaining([expect.objectContaining({ action: "reopen", reason: expect.stringContaining("variants.title") })])
        )

        const clash = await post(`/producer/products/${product.id}`, { variants: [{ id: product.variants[1].id, title: "kemasan 300 G" }] })
        expect(clash.status).toBe(400)
        expect(clash.data.message).toMatch(/nama varian harus berbeda/)
      })

      it("re-runs the approval checks on a licence change: a renewal keeps products approved, removing the P-IRT sends them back", async () => {
        const product = await createProduct()
        await markApproved(product.id)
        const renewed = await post("/producer/me", { pirt: { number: "2063501010123-30", expires_on: "2030-05-31" } })
        expect(renewed.data.products_sent_back_to_review).toEqual([])
        expect((await get(`/producer/products/${product.id}`)).data.product.product_curation.state).toBe("approved")

        const removed = await post("/producer/me", { pirt: null })
        expect(removed.status).toBe(200)
        expect(removed.data.products_sent_back_to_review).toContain(product.id)
        const after = (await get(`/producer/products/${product.id}`)).data.product.product_curation
        expect(after.state).toBe("submitted")
        expect(after.events).toEqual(
          expect.arrayContaining([expect.objectContaining({ action: "reopen", reason: expect.stringContaining("Izin produsen berubah") })])
        )
        await post("/producer/me", { pirt: { number: "2063501010123-30", expires_on: "2030-05-31" } })
      })

      it("refuses another product's variant in an edit with 400, and changes nothing", async () => {
        const [mine, other] = [await createProduct(), await createProduct()]
        const response = await post(`/producer/products/${mine.id}`, { variants: [{ id: other.variants[0].id, price: 1000 }] })
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("variants.0.id")
        const priceOf = (product: { variants: Array<{ id: string; prices?: Array<{ amount: number }> }> }) =>
          product.variants.find((row) => row.id === other.variants[0].id)!.prices![0].amount
        expect(priceOf((await get(`/producer/products/${other.id}`)).data.product)).toBe(priceOf(other))
      })
    })

    describe("photos", () => {
      const backendUrl = () => (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL
      const storedFiles = () => bucket.objectCount()

      /** A phone's upload, as the storefront's form forwards it: multipart, the photos in `photos`, the product in `product_id`. */
      async function upload(productId: string, files: Array<{ content: Buffer; name?: string; type?: string }>, auth: Headers = producer) {
        const body = new FormData()
        body.append("product_id", productId)
        for (const file of files) body.append("photos", new Blob([new Uint8Array(file.content)], { type: file.type ?? "image/jpeg" }), file.name ?? "foto.jpg")
        const response = await fetch(`${backendUrl()}/producer/uploads`, { method: "POST", headers: auth.headers, body })
        return { status: response.status, data: await response.json() }
      }
      const photosOf = async (productId: string) =>
        ((await get(`/producer/products/${productId}`)).data.product.images as Array<{ id: string; url: string; rank: number; metadata: any }>).sort(
          (a, b) => a.rank - b.rank
        )
      /** A file as buyers' browsers fetch it from the store's storage: the bucket's public address. */
      const served = async (url: string) => {
        expect(url.startsWith(`${bucket.env.S3_FILE_URL}/`)).toBe(true)
        const response = await fetch(url)
        expect(response.status).toBe(200)
        return Buffer.from(await response.arrayBuffer())
      }

      it("keeps a phone photo upright at 320, 640 and 1024 px as WebP and JPEG, served with no EXIF or GPS, the first one the thumbnail", async () => {
        const product = await createProduct("Keripik Tempe Foto")
        // Stored sideways with an orientation tag, as phones do: 1200 wide, 1600 high once upright.
        const photo = await sharp(await phonePhoto(1600, 1200))
          .withMetadata({ orientation: 6 })
          .toBuffer()
        expect((await sharp(photo).metadata()).exif).toBeDefined()
        const response = await upload(product.id, [{ content: photo }])
        expect(response.status, JSON.stringify(response.data)).toBe(201)
        const [image] = await photosOf(product.id)
        expect(response.data.files).toEqual([{ id: image.id, url: image.url }])
        const sizes = image.metadata.photo.sizes as Array<{ width: number; height: number; jpeg: string; webp: string }>
        expect(sizes.map(({ width, height }) => [width, height])).toEqual([
          [320, 427],
          [640, 853],
          [1024, 1365],
        ])
        expect(image.url).toBe(sizes[2].jpeg)
        expect((await get(`/producer/products/${product.id}`)).data.product.thumbnail).toBe(sizes[1].jpeg)
        for (const size of sizes) {
          for (const [format, url] of [
            ["jpeg", size.jpeg],
            ["webp", size.webp],
          ]) {
            const content = await served(url)
            const read = await sharp(content).metadata()
            expect({ format: read.format, width: read.width, height: read.height, exif: read.exif }).toEqual({
              format,
              width: size.width,
              height: size.height,
              exif: undefined,
            })
            expect(content.includes(Buffer.from("Pasar Phone"))).toBe(false)
          }
        }
      })

      it("never enlarges a small photo: its own width stands in for the larger ones", async () => {
        const product = await createProduct("Rengginang Foto Kecil")
        expect((await upload(product.id, [{ content: await phonePhoto(500, 400) }])).status).toBe(201)
        const [image] = await photosOf(product.id)
        expect(image.metadata.photo.sizes.map((size: { width: number }) => size.width)).toEqual([320, 500])
      })

      it("refuses what is not a photo, a photo over 10 MB, too many photos and no photo with 400 in Indonesian, storing nothing", async () => {
        const product = await createProduct("Keripik Tanpa Foto")
        const before = storedFiles()
        const cases: Array<[Array<{ content: Buffer; name?: string; type?: string }>, string]> = [
          [[{ content: Buffer.from("%PDF-1.7 bukan foto"), name: "katalog.pdf", type: "application/pdf" }], "bukan foto"],
          [[{ content: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), name: "foto.jpg" }], "bukan foto"],
          [[{ content: Buffer.alloc(11 * 1024 * 1024, 1) }], "foto terlalu besar, paling banyak 10 MB"],
          [Array.from({ length: 7 }, () => ({ content: Buffer.from("x") })), "paling banyak 6 foto sekali kirim"],
          [[], "pilih foto produk"],
        ]
        for (const [files, message] of cases) {
          const response = await upload(product.id, files)
          expect({ status: response.status, message: response.data.message }).toEqual({ status: 400, message: expect.stringContaining(message) })
        }
        expect(await photosOf(product.id)).toEqual([])
        expect(storedFiles()).toBe(before)
      })

      it("answers 404 for another producer's product, as for one that does not exist, and stores nothing", async () => {
        const container = getContainer()
        const desaId = (await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "desa", fields: ["id"] })).data[0].id
        const otherId = await createTestProducer(container, desaId, "foto-produsen-lain")
        const other = await producerHeaders(container, api, "foto-lain@test.local", otherId)
        const theirs = (await post("/producer/products", newProduct("Produk Orang Lain"), other)).data.product.id as string
        const before = storedFiles()
        for (const id of [theirs, "prod_tidak_ada"]) {
          const response = await upload(id, [{ content: await phonePhoto(400, 300) }])
          expect({ status: response.status, message: response.data.message }).toEqual({ status: 404, message: "Produk tidak ditemukan / product not found" })
        }
        expect((await post(`/producer/products/${theirs}/photos`, { image_ids: [] })).status).toBe(404)
        expect(storedFiles()).toBe(before)
        expect((await get(`/producer/products/${theirs}`, other)).data.product.images).toEqual([])
      })

      it("puts photos in the producer's order, the first the main picture, and removes one left out; another product's photo is refused", async () => {
        const product = await createProduct("Sale Pisang Tiga Foto")
        const response = await upload(product.id, [
          { content: await phonePhoto(700, 700) },
          { content: await phonePhoto(800, 600) },
          { content: await phonePhoto(600, 800) },
        ])
        expect(response.status).toBe(201)
        const [first, second, third] = response.data.files.map((file: { id: string }) => file.id)
        expect((await photosOf(product.id)).map((image) => image.id)).toEqual([first, second, third])

        const moved = await post(`/producer/products/${product.id}/photos`, { image_ids: [third, first] })
        expect(moved.status, JSON.stringify(moved.data)).toBe(200)
        const photos = await photosOf(product.id)
        expect(photos.map((image) => image.id)).toEqual([third, first])
        expect(moved.data.product.thumbnail).toBe(photos[0].metadata.photo.sizes.find((size: { width: number }) => size.width === 600).jpeg)

        const elsewhere = await createProduct("Produk Lain Sendiri")
        await upload(elsewhere.id, [{ content: await phonePhoto(400, 400) }])
        const [foreign] = await photosOf(elsewhere.id)
        const refused = await post(`/producer/products/${product.id}/photos`, { image_ids: [third, foreign.id] })
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("bukan foto produk ini")
        expect((await photosOf(product.id)).map((image) => image.id)).toEqual([third, first])
      })
    })

    describe("stock", () => {
      it("sets quantities and a low-stock threshold at the producer's own location, then adjusts with a reason", async () => {
        const product = await createProduct()
        const [small] = product.variants.filter((variant) => variant.title === "250 g")
        const set = await post(`/producer/products/${product.id}/stock`, { variants: [{ variant_id: small.id, stocked_quantity: 12, low_stock_threshold: 3 }] })
        expect(set.status).toBe(200)
        const location = (await get("/producer/me")).data.producer.stock_location.id
        expect(set.data.location_id).toBe(location)
        expect(set.data.stock.find((row: { variant_id: string }) => row.variant_id === small.id)).toMatchObject({
          stocked_quantity: 12,
          low_stock_threshold: 3,
          low_stock: false,
        })

        const sold = await post(`/producer/products/${product.id}/stock/adjustments`, { variant_id: small.id, delta: -10, reason: "Terjual di pasar Minggu" })
        expect(sold.status).toBe(201)
        expect(sold.data.stock).toMatchObject({ stocked_quantity: 2, low_stock: true })
        expect((await get("/producer/stock?low_stock=true")).data.stock.map((row: { variant_id: string }) => row.variant_id)).toContain(small.id)

        const history = await get(`/producer/products/${product.id}/stock/adjustments`)
        expect(history.data.adjustments).toEqual([
          expect.objectContaining({ variant_id: small.id, delta: -10, quantity_after: 2, reason: "Terjual di pasar Minggu" }),
        ])
      })

      it("adds stock to a variant that had none yet", async () => {
        const product = await createProduct()
        const response = await post(`/producer/products/${product.id}/stock/adjustments`, {
          variant_id: product.variants[1].id,
          delta: 5,
          reason: "Produksi baru",
        })
        expect(response.status).toBe(201)
        expect(response.data.stock).toMatchObject({ stocked_quantity: 5 })
      })

      it("refuses an adjustment below zero or without a reason, and keeps the quantity", async () => {
        const product = await createProduct()
        const variantId = product.variants[0].id
        await post(`/producer/products/${product.id}/stock`, { variants: [{ variant_id: variantId, stocked_quantity: 4 }] })
        const tooMany = await post(`/producer/products/${product.id}/stock/adjustments`, { variant_id: variantId, delta: -5, reason: "Rusak" })
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toContain("delta")
        const noReason = await post(`/producer/products/${product.id}/stock/adjustments`, { variant_id: variantId, delta: -1 })
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("reason")
        const stock = (await get(`/producer/products/${product.id}/stock`)).data.stock
        expect(stock.find((row: { variant_id: string }) => row.variant_id === variantId).stocked_quantity).toBe(4)
        expect((await get(`/producer/products/${product.id}/stock/adjustments`)).data.adjustments).toEqual([])
      })

      /** Stock a variant at the producer's location, then let buyers' orders hold some of it (as an order's reservation does). */
      async function stockWithReservation(stocked: number, reserved: number) {
        const product = await createProduct()
        const variantId = product.variants[0].id
        await post(`/producer/products/${product.id}/stock`, { variants: [{ variant_id: variantId, stocked_quantity: stocked }] })
        const row = (await get(`/producer/products/${product.id}/stock`)).data
        const itemId = row.stock.find((line: { variant_id: string }) => line.variant_id === variantId).inventory_item_id
        if (reserved) {
          await getContainer()
            .resolve(Modules.INVENTORY)
            .createReservationItems([{ inventory_item_id: itemId, location_id: row.location_id, quantity: reserved }])
        }
        const stockedNow = async () =>
          (await get(`/producer/products/${product.id}/stock`)).data.stock.find((line: { variant_id: string }) => line.variant_id === variantId)
            .stocked_quantity
        return { product, variantId, stockedNow }
      }

      it("refuses a quantity typed over a number that changed since the page opened (409 with the current one), and keeps the new stock", async () => {
        const { product, variantId, stockedNow } = await stockWithReservation(209, 0)
        // Another tab packs an order: 209 -> 206 while the first page still shows 209.
        await post(`/producer/products/${product.id}/stock/adjustments`, { variant_id: variantId, delta: -3, reason: "Dikemas untuk pesanan" })
        const stale = await post(`/producer/products/${product.id}/stock`, {
          variants: [{ variant_id: variantId, stocked_quantity: 210, expected_quantity: 209 }],
        })
        expect(stale.status).toBe(409)
        expect(stale.data.message).toMatch(/sudah berubah menjadi 206/)
        expect(await stockedNow()).toBe(206)
        const fresh = await post(`/producer/products/${product.id}/stock`, {
          variants: [{ variant_id: variantId, stocked_quantity: 210, expected_quantity: 206 }],
        })
        expect(fresh.status).toBe(200)
        expect(await stockedNow()).toBe(210)
      })

      it("saves a low-stock threshold without writing any quantity back", async () => {
        const { product, variantId, stockedNow } = await stockWithReservation(209, 0)
        await post(`/producer/products/${product.id}/stock/adjustments`, { variant_id: variantId, delta: -3, reason: "Dikemas untuk pesanan" })
        const threshold = await post(`/producer/products/${product.id}/stock`, { variants: [{ variant_id: variantId, low_stock_threshold: 5 }] })
        expect(threshold.status).toBe(200)
        expect(threshold.data.stock.find((row: { variant_id: string }) => row.variant_id === variantId)).toMatchObject({
          stocked_quantity: 206,
          low_stock_threshold: 5,
        })
        expect(await stockedNow()).toBe(206)
      })

      it("refuses to set or adjust stock below what buyers have already ordered, saying how many", async () => {
        const { product, variantId, stockedNow } = await stockWithReservation(5, 3)
        const set = await post(`/producer/products/${product.id}/stock`, { variants: [{ variant_id: variantId, stocked_quantity: 1 }] })
        expect(set.status).toBe(400)
        expect(set.data.message).toMatch(/3 sudah dipesan pembeli/)
        const adjusted = await post(`/producer/products/${product.id}/stock/adjustments`, { variant_id: variantId, delta: -4, reason: "Rusak kena hujan" })
        expect(adjusted.status).toBe(400)
        expect(adjusted.data.message).toMatch(/3 sudah dipesan pembeli/)
        expect(await stockedNow()).toBe(5)
        expect(
          (await post(`/producer/products/${product.id}/stock/adjustments`, { variant_id: variantId, delta: -2, reason: "Rusak kena hujan" })).status
        ).toBe(201)
        expect(await stockedNow()).toBe(3)
      })

      it("moves the catalogue revision on every +/- adjustment, so buyers' pages and search see the new stock", async () => {
        const { product, variantId } = await stockWithReservation(10, 0)
        const revisions: CatalogueRevisionModuleService = getContainer().resolve(CATALOGUE_REVISION_MODULE)
        for (const delta of [-1, 2]) {
          const before = await revisions.currentRevision()
          expect((await post(`/producer/products/${product.id}/stock/adjustments`, { variant_id: variantId, delta, reason: "Hitung ulang" })).status).toBe(201)
          await expect.poll(() => revisions.currentRevision(), { timeout: 5_000, interval: 100 }).toBeGreaterThan(before)
        }
      })
    })
  })
})
