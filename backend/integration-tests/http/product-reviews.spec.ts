import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { backendTestRunner } from "../medusa-runner"
import { coordinatorHeaders } from "../admin-auth"
import { customerHeaders, producerHeaders, type Headers } from "../producer-fixtures"
import { storeCheckout } from "../store-checkout"
import { seededStore } from "../seeded-store"

type Response = { status: number; data: any }
type Product = { productId: string; handle: string; variantId: string; producerId: string; kecamatanId: string }

backendTestRunner(
  ({ api, getContainer }) => {
    describe("buyers' reviews: only of what reached them, shown once a coordinator approves, counted on the product's card and page", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      let product: Product
      let producer: Headers
      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
      const post = (url: string, body: unknown, auth: Headers) => call(api.post(url, body, auth))
      const get = (url: string, auth: Headers) => call(api.get(url, auth))
      /** A signed-in buyer's requests: the store's key with their login. */
      async function buyer(email: string, name: [string, string]) {
        const signedIn = await customerHeaders(getContainer(), api, email)
        const customerModule = getContainer().resolve(Modules.CUSTOMER)
        const [customer] = await customerModule.listCustomers({ email })
        await customerModule.updateCustomers(customer.id, { first_name: name[0], last_name: name[1] })
        return { headers: { ...store.headers, authorization: signedIn.headers.authorization } }
      }

      /** The buyer's order of one unit of the product, as the store takes it. */
      const placeOrder = (headers: Headers) => storeCheckout(api, headers, regionId).placeOrder([{ variant_id: product.variantId, quantity: 1 }])

      /** The producer accepts, packs and ships the order's part; a coordinator marks the parcel delivered. */
      async function deliver(order: { id: string; display_id: number }) {
        let part: { id: string } | undefined
        for (let attempt = 0; attempt < 100 && !part; attempt++) {
          const { data } = await api.get("/producer/orders?limit=50", producer)
          part = data.orders.find((row: { order: { display_id: number } }) => row.order.display_id === order.display_id)
          if (!part) await new Promise((resolve) => setTimeout(resolve, 100))
        }
        for (const status of ["accepted", "packed"]) expect((await post(`/producer/orders/${part!.id}/status`, { status }, producer)).status).toBe(200)
        expect((await post(`/producer/orders/${part!.id}/status`, { status: "shipped", tracking_note: "Kurir desa" }, producer)).status).toBe(200)
        const { fulfillment_id } = await getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducerOrder(part!.id)
        expect((await post(`/admin/orders/${order.id}/fulfillments/${fulfillment_id}/mark-as-delivered`, {}, admin)).status).toBe(200)
      }

      /** What buyers see of the product: its page's stars and reviews, and its card's stars. */
      async function shown() {
        const page = (await api.get(`/store/catalogue/products/${product.handle}`, store)).data.product
        const { data } = await api.get(`/store/catalogue/cards?producer=${page.producerHandle}&limit=100`, store)
        const card = data.cards.find((row: { id: string }) => row.id === product.productId)
        return { rating: page.rating, cardRating: card.rating, reviews: page.reviews }
      }
      /** What buyers see once the moderation's event has rewritten the product's view (within seconds). */
      async function shownOnce(ready: (view: Awaited<ReturnType<typeof shown>>) => boolean) {
        let view = await shown()
        for (let attempt = 0; attempt < 100 && !ready(view); attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 100))
          view = await shown()
        }
        return view
      }

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin, regionId } = await seededStore(container, api))
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await api.get("/store/products?limit=200&fields=id,handle,variants.id", store)
        for (const candidate of data.products) {
          const { data: rows } = await query.graph({
            entity: "product",
            fields: ["producer.id", "producer.desa.kecamatan_id", "variants.manage_inventory", "variants.inventory_items.inventory.location_levels.*"],
            filters: { id: candidate.id },
          })
          const levels = rows[0]?.variants?.[0]?.inventory_items?.[0]?.inventory?.location_levels ?? []
          const free = levels.reduce((sum: number, level: any) => sum + Number(level.stocked_quantity) - Number(level.reserved_quantity), 0)
          if (!rows[0]?.producer || !rows[0].variants?.[0]?.manage_inventory || free < 10) continue
          product = {
            productId: candidate.id,
            handle: candidate.handle,
            variantId: candidate.variants[0].id,
            producerId: rows[0].producer.id,
            kecamatanId: rows[0].producer.desa!.kecamatan_id,
          }
          break
        }
        expect(product).toBeDefined()
        producer = await producerHeaders(container, api, "produsen-ulasan@uji.test", product.producerId)
      })

      it("takes a review only from the buyer of a delivered order, once, in the buyer's words; refuses the rest in Indonesian", async () => {
        const siti = await buyer("siti.ulasan@uji.test", ["Siti", "Rahayu"])
        const order = await placeOrder(siti)
        const review = { order_id: order.id, product_id: product.productId, rating: 5, body: "Gurih, renyah, sampai dengan rapi." }

        // Not delivered yet: nothing to review, and a review is refused with the reason.
        expect((await get("/store/customers/me/reviews", siti)).data.reviewable).toEqual([])
        const early = await post("/store/customers/me/reviews", review, siti)
        expect(early.status).toBe(409)
        expect(early.data.message).toContain("setelah pesanan diterima")

        await deliver(order)
        const mine = (await get("/store/customers/me/reviews", siti)).data
        expect(mine.reviewable).toEqual([expect.objectContaining({ order_id: order.id, display_id: order.display_id, product_id: product.productId })])

        // Another buyer, a guest with the store key only, or no key: never for Siti's order.
        const stranger = await buyer("orang.lain.ulasan@uji.test", ["Orang", "Lain"])
        const strangers = await post("/store/customers/me/reviews", review, stranger)
        expect(strangers.status).toBe(404)
        expect(strangers.data.message).toContain("tidak ada di pesanan Anda")
        expect((await post("/store/customers/me/reviews", review, store)).status).toBe(401)

        // Bad stars or too many words: a 400 naming the field, in Indonesian.
        for (const [body, words] of [
          [{ ...review, rating: 0 }, "pilih 1 sampai 5 bintang"],
          [{ ...review, rating: "6" }, "pilih 1 sampai 5 bintang"],
          [{ ...review, rating: 4.5 }, "pilih 1 sampai 5 bintang"],
          [{ ...review, body: "x".repeat(1001) }, "paling panjang 1000 huruf"],
          [{ ...review, product_id: "bukan-produk" }, "id produk tidak sah"],
        ] as const) {
          const refused = await post("/store/customers/me/reviews", body, siti)
          expect(refused.status, JSON.stringify(body).slice(0, 80)).toBe(400)
          expect(refused.data.message).toContain(words)
        }

        // A double tap: one review, the second told it exists.
        const [first, second] = await Promise.all([post("/store/customers/me/reviews", review, siti), post("/store/customers/me/reviews", review, siti)])
        expect([first.status, second.status].sort()).toEqual([201, 409])
        const created = first.status === 201 ? first : second
        expect(created.data.review).toMatchObject({ rating: 5, body: review.body, status: "pending" })
        expect(created.data.review.customer_id).toBeUndefined()
        const after = (await get("/store/customers/me/reviews", siti)).data
        expect(after.reviewable).toEqual([])
        expect(after.reviews).toEqual([expect.objectContaining({ product_id: product.productId, status: "pending" })])
      })

      it("shows buyers only what a coordinator approved: stars and count on the card and page, the writer as 'Budi S.'; a rejection needs a note and takes it away", async () => {
        const before = await shown()
        const budi = await buyer("budi.ulasan@uji.test", ["Budi", "Santoso"])
        const order = await placeOrder(budi)
        await deliver(order)
        const created = await post("/store/customers/me/reviews", { order_id: order.id, product_id: product.productId, rating: "3" }, budi)
        expect(created.status).toBe(201)
        const reviewId = created.data.review.id

        // Waiting: buyers see nothing new.
        expect((await shown()).rating ?? null).toEqual(before.rating ?? null)
        const queue = (await get("/admin/reviews", admin)).data
        expect(queue.reviews).toEqual(
          expect.arrayContaining([expect.objectContaining({ id: reviewId, reviewer_name: "Budi S.", rating: 3, order_display_id: order.display_id })])
        )

        // A kecamatan coordinator of another kecamatan neither sees nor decides it.
        const { data: places } = await api.get("/admin/places/kecamatan", admin)
        const elsewhere = places.kecamatan.find((row: { id: string }) => row.id !== product.kecamatanId)
        const outsider = await coordinatorHeaders(getContainer(), api, "koordinator.lain.ulasan@uji.test", { role: "kecamatan", kecamatan_ids: [elsewhere.id] })
        expect((await get("/admin/reviews", outsider)).data.reviews.some((row: { id: string }) => row.id === reviewId)).toBe(false)
        const refused = await post(`/admin/reviews/${reviewId}`, { status: "approved" }, outsider)
        expect(refused.status).toBe(403)
        expect(refused.data.message).toContain("di luar kecamatan wilayah Anda")

        expect((await post(`/admin/reviews/${reviewId}`, { status: "approved" }, admin)).status).toBe(200)
        const count = (before.rating?.count ?? 0) + 1
        const approved = await shownOnce((view) => view.rating?.count === count && view.reviews.length > 0)
        expect(approved.rating.count).toBe(count)
        expect(approved.cardRating).toEqual(approved.rating)
        expect(approved.reviews[0]).toMatchObject({ id: reviewId, reviewer_name: "Budi S.", rating: 3, body: null })
        expect(JSON.stringify(approved.reviews)).not.toContain("budi.ulasan@uji.test")

        // Rejecting needs a note; then the review is gone from the page and the stars.
        const noNote = await post(`/admin/reviews/${reviewId}`, { status: "rejected" }, admin)
        expect(noNote.status).toBe(400)
        expect(noNote.data.message).toContain("tulis alasan penolakan")
        expect((await post(`/admin/reviews/${reviewId}`, { status: "rejected", note: "Isi tidak sesuai" }, admin)).status).toBe(200)
        const rejected = await shownOnce((view) => view.rating?.count !== count)
        expect(rejected.rating ?? null).toEqual(before.rating ?? null)
        expect(rejected.reviews.some((row: { id: string }) => row.id === reviewId)).toBe(false)
        const history = (await get("/admin/reviews?status=rejected", admin)).data.reviews.find((row: { id: string }) => row.id === reviewId)
        expect(history).toMatchObject({ moderation_note: "Isi tidak sesuai", moderated_by_name: expect.any(String) })
      })

      it("averages the approved stars to one decimal", async () => {
        const ids: string[] = []
        for (const [index, rating] of [4, 5, 5].entries()) {
          const reviewer = await buyer(`pembeli.rata${index}@uji.test`, ["Pembeli", `${index}`])
          const order = await placeOrder(reviewer)
          await deliver(order)
          const created = await post("/store/customers/me/reviews", { order_id: order.id, product_id: product.productId, rating }, reviewer)
          ids.push(created.data.review.id)
        }
        const before = await shown()
        for (const id of ids) expect((await post(`/admin/reviews/${id}`, { status: "approved" }, admin)).status).toBe(200)
        const count = (before.rating?.count ?? 0) + 3
        const after = await shownOnce((view) => view.rating?.count === count)
        const sum = (before.rating ? before.rating.average * before.rating.count : 0) + 14
        expect(after.rating.count).toBe(count)
        expect(after.rating.average).toBeCloseTo(Math.round((sum / count) * 10) / 10, 1)
      })
    })
  },
  { seeded: true }
)
