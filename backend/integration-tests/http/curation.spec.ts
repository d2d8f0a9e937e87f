import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readSeedData } from "@pasar-desa/seed"
import { coordinatorHeaders } from "../admin-auth"
import { backendTestRunner } from "../medusa-runner"
import { seedDemoForTests } from "../seeded-store"
import { giveProductPhoto } from "../producer-fixtures"
import { reviewLicenceExpiryWorkflow } from "../../src/workflows/curation/review-licence-expiry"
import { transitionCurationWorkflow } from "../../src/workflows/curation/transition-curation"

const { catalogue } = readSeedData()
const active = catalogue.producers.filter((producer) => producer.status === "active")
type Response = { status: number; data: any }

backendTestRunner(
  ({ api, getContainer }) => {
    describe("OK OCE curation", () => {
      let admin: { headers: Record<string, string> }
      let store: { headers: Record<string, string> }
      let regionId: string
      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
      const adminPost = (url: string, body: unknown = {}) => call(api.post(url, body, admin))
      const storeGet = (url: string) => call(api.get(url, store))
      const producerId = async (handle: string) =>
        (await api.get(`/admin/producers?q=${handle}`, admin)).data.producers.find((row: { handle: string }) => row.handle === handle).id as string

      /** Whether buyers see the product: in the list, by id, on its producer's page. */
      async function buyerSees(productId: string, producerHandle: string) {
        const [list, one, page] = await Promise.all([
          storeGet(`/store/products?id=${productId}`),
          storeGet(`/store/products/${productId}`),
          storeGet(`/store/producers/${producerHandle}`),
        ])
        const onPage = page.status === 200 && page.data.producer.products.some((product: { id: string }) => product.id === productId)
        return { list: list.data.products.length === 1, byId: one.status === 200, producerPage: onPage }
      }
      const seen = { list: true, byId: true, producerPage: true }
      const hidden = { list: false, byId: false, producerPage: false }

      /** A new product of an active producer, created as a coordinator would, starting as a draft. */
      async function createDraft(
        producerHandle = active[0].handle,
        compliance: Record<string, unknown> = {
          product_type: "processed_food",
          net_quantity: "250 g",
          ingredients: "Singkong, gula kelapa",
          shelf_life_days: 60,
          storage: "Simpan di tempat kering",
          licence: catalogue.producers.find((p) => p.handle === producerHandle)!.pirt ? "pirt" : "bpom",
          halal: false,
        },
        { photo = true }: { photo?: boolean } = {}
      ) {
        const handle = `uji-${Math.random().toString(36).slice(2, 8)}`
        const { data } = await api.post(
          "/admin/products",
          {
            title: `Produk Uji ${handle}`,
            handle,
            status: "published",
            options: [{ title: "Berat", values: ["250 g"] }],
            variants: [{ title: "250 g", options: { Berat: "250 g" }, prices: [{ amount: 15000, currency_code: "idr" }], manage_inventory: false }],
            additional_data: { producer_id: await producerId(producerHandle), compliance },
          },
          admin
        )
        // A coordinator approves only a product with a real photo of it.
        if (photo) await giveProductPhoto(getContainer(), data.product.id)
        return data.product.id as string
      }
      const submit = (productId: string) =>
        transitionCurationWorkflow(getContainer()).run({ input: { product_ids: [productId], action: "submit", actor: { type: "producer", id: "prdc_test" } } })

      beforeAll(async () => {
        const { publishableKey } = await seedDemoForTests(getContainer())
        store = { headers: { "x-publishable-api-key": publishableKey } }
        admin = await coordinatorHeaders(getContainer(), api)
        regionId = (await api.get("/store/regions", store)).data.regions[0].id
      })

      it("takes a product from draft through approval to buyers, and revocation takes it away, keeping the history", async () => {
        const id = await createDraft()
        expect(await buyerSees(id, active[0].handle)).toEqual(hidden)
        await submit(id)
        expect(await buyerSees(id, active[0].handle)).toEqual(hidden)

        const approved = await adminPost(`/admin/curation/products/${id}/approve`)
        expect(approved.status).toBe(200)
        expect(approved.data.curation.state).toBe("approved")
        expect(await buyerSees(id, active[0].handle)).toEqual(seen)

        const revoked = await adminPost(`/admin/curation/products/${id}/revoke`, { reason: "Kemasan tidak sesuai foto" })
        expect(revoked.data.curation.state).toBe("revoked")
        expect(await buyerSees(id, active[0].handle)).toEqual(hidden)

        const { data } = await api.get(`/admin/curation/products/${id}`, admin)
        expect(data.history.map((event: { from_state: string; to_state: string }) => `${event.from_state}>${event.to_state}`)).toEqual([
          "approved>revoked",
          "submitted>approved",
          "draft>submitted",
        ])
        expect(data.history[0]).toMatchObject({
          action: "revoke",
          actor_type: "user",
          actor_id: expect.stringMatching(/^user_/),
          // The coordinator by name (their email, as they gave no name), not by id.
          actor_name: "koordinator@test.local",
          reason: "Kemasan tidak sesuai foto",
          created_at: expect.any(String),
        })
        // An account that no longer exists keeps its id, with no name.
        expect(data.history[2]).toMatchObject({ actor_type: "producer", actor_id: "prdc_test", actor_name: null })
        expect(data.actions).toEqual([])
      })

      it("refuses a coordinator's approval of a product without a real photo (the seed's 'Foto menyusul' picture does not count), approves it once one is uploaded, and shows buyers its widths", async () => {
        const id = await createDraft(active[0].handle, undefined, { photo: false })
        const { data: created } = await api.get(`/admin/products/${id}?fields=handle`, admin)
        // The demo's stand-in picture, as the seed gives its products: an image, but no photo.
        const { data: seeded } = await api.get(`/admin/products?handle=${catalogue.products[0].handle}&fields=thumbnail`, admin)
        await api.post(`/admin/products/${id}`, { images: [{ url: seeded.products[0].thumbnail }] }, admin)
        await submit(id)
        const refused = await adminPost(`/admin/curation/products/${id}/approve`)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("Belum ada foto asli produk")
        const { data: detail } = await api.get(`/admin/curation/products/${id}`, admin)
        expect(detail.curation.state).toBe("submitted")
        expect(detail.checklist.map((failure: { code: string }) => failure.code)).toEqual(["no_photo"])

        await giveProductPhoto(getContainer(), id)
        const approved = await adminPost(`/admin/curation/products/${id}/approve`)
        expect(approved.status, JSON.stringify(approved.data)).toBe(200)
        const widths = [
          { width: 320, height: 320, jpeg: expect.stringMatching(/\.jpg$/), webp: expect.stringMatching(/\.webp$/) },
          { width: 640, height: 640, jpeg: expect.stringMatching(/\.jpg$/), webp: expect.stringMatching(/\.webp$/) },
          { width: 800, height: 800, jpeg: expect.stringMatching(/\.jpg$/), webp: expect.stringMatching(/\.webp$/) },
        ]
        const picture = { url: expect.stringMatching(/\.jpg$/), width: 800, height: 800, sizes: widths }
        const page = async () => (await storeGet(`/store/catalogue/products/${created.product.handle}`)).data.product
        await expect.poll(page, { timeout: 5_000 }).toMatchObject({ images: [picture] })
        const cards = (await storeGet(`/store/catalogue/cards?handles=${created.product.handle}`)).data.cards
        expect(cards[0].picture).toEqual(picture)
        expect(cards[0].thumbnail).toBe(cards[0].picture.sizes[1].jpeg)
      })

      it("shows buyers only approved products: a visibility matrix over the store routes and the cart", async () => {
        const producer = active[3]
        const desaHandle = catalogue.places.kecamatan.flatMap((kecamatan) => kecamatan.desa).find((desa) => desa.code === producer.desa_code)!.handle
        const run = (id: string, action: "submit" | "approve" | "reject" | "revoke", reason?: string) =>
          transitionCurationWorkflow(getContainer()).run({ input: { product_ids: [id], action, reason, actor: { type: "user", id: "user_matrix" } } })
        const states: Record<string, string> = {}
        states.draft = await createDraft(producer.handle)
        states.submitted = await createDraft(producer.handle)
        await run(states.submitted, "submit")
        states.rejected = await createDraft(producer.handle)
        await run(states.rejected, "submit")
        await run(states.rejected, "reject", "Bukan produk desa")
        states.revoked = await createDraft(producer.handle)
        await run(states.revoked, "submit")
        await run(states.revoked, "approve")
        await run(states.revoked, "revoke", "Izin dicabut")
        states.approved = await createDraft(producer.handle)
        await run(states.approved, "submit")
        await run(states.approved, "approve")

        const baseline = catalogue.products.filter((product) => product.producer === producer.handle).length
        const village = (await storeGet(`/store/villages/${desaHandle}`)).data.village
        expect(village.producers.find((row: { handle: string }) => row.handle === producer.handle).product_count).toBe(baseline + 1)
        const { data: cart } = await api.post("/store/carts", { region_id: regionId }, store)
        for (const [state, id] of Object.entries(states)) {
          const variantId = (await api.get(`/admin/products/${id}?fields=variants.id`, admin)).data.product.variants[0].id
          const added = await call(api.post(`/store/carts/${cart.cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, store))
          const matrix = { ...(await buyerSees(id, producer.handle)), cart: added.status === 200 }
          expect({ state, ...matrix }).toEqual(state === "approved" ? { state, ...seen, cart: true } : { state, ...hidden, cart: false })
        }
      })

      it.each([
        ["approve", "draft", {}],
        ["revoke", "draft", { reason: "x" }],
        ["reject", "draft", { reason: "x" }],
      ])("refuses to %s a product in %s, naming the state", async (action, state, body) => {
        const id = await createDraft()
        const response = await adminPost(`/admin/curation/products/${id}/${action}`, body)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(`curation state is ${state}`)
      })

      it("asks a reason before requesting changes or rejecting, and changes nothing without one", async () => {
        const id = await createDraft()
        await submit(id)
        for (const action of ["request-changes", "reject"]) {
          const response = await adminPost(`/admin/curation/products/${id}/${action}`, {})
          expect(response.status).toBe(400)
          expect(response.data.message).toContain("reason")
        }
        expect((await api.get(`/admin/curation/products/${id}`, admin)).data.curation.state).toBe("submitted")
        const back = await adminPost(`/admin/curation/products/${id}/request-changes`, { reason: "Foto kurang jelas" })
        expect(back.data.curation.state).toBe("changes_requested")
        await submit(id)
        expect((await api.get(`/admin/curation/products/${id}`, admin)).data.curation.state).toBe("submitted")
      })

      it("refuses approval listing every failed check in Bahasa Indonesia and English", async () => {
        const noHalal = active.find((producer) => !producer.halal && producer.pirt)!
        const id = await createDraft(noHalal.handle, {
          product_type: "processed_food",
          net_quantity: null,
          ingredients: null,
          shelf_life_days: 30,
          licence: "pirt",
          halal: true,
        })
        await submit(id)
        const response = await adminPost(`/admin/curation/products/${id}/approve`)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("Berat atau isi bersih belum diisi")
        expect(response.data.message).toContain("Komposisi belum diisi")
        expect(response.data.message).toContain("Klaim halal tanpa sertifikat halal yang sah")
        expect(response.data.message).toContain("Halal is claimed without a valid certificate")
        const { data } = await api.get(`/admin/curation/products/${id}`, admin)
        expect(data.curation.state).toBe("submitted")
        expect(data.checklist.map((failure: { code: string }) => failure.code)).toEqual(["no_net_quantity", "no_ingredients", "halal_unproven"])
      })

      it("hides every product of a suspended producer at once, and shows them again on reactivation", async () => {
        const producer = active[1]
        const product = catalogue.products.find((candidate) => candidate.producer === producer.handle)!
        const { data } = await storeGet(`/store/products?handle=${product.handle}`)
        const id = data.products[0].id
        const producerAdminId = await producerId(producer.handle)
        await adminPost(`/admin/producers/${producerAdminId}`, { status: "suspended", status_reason: "Izin sedang diperiksa" })
        expect((await storeGet(`/store/products?handle=${product.handle}`)).data.products).toEqual([])
        expect((await storeGet(`/store/producers/${producer.handle}`)).status).toBe(404)
        expect((await storeGet(`/store/kecamatan`)).data.kecamatan.reduce((sum: number, row: { producer_count: number }) => sum + row.producer_count, 0)).toBe(
          active.length - 1
        )
        await adminPost(`/admin/producers/${producerAdminId}`, { status: "active" })
        expect(await buyerSees(id, producer.handle)).toEqual(seen)
      })

      it("stops a cart from checking out a product revoked after it was added, saying which", async () => {
        const product = catalogue.products.find((candidate) => candidate.producer === active[2].handle && candidate.variants[0].stock > 0)!
        const { data: listed } = await storeGet(`/store/products?handle=${product.handle}&fields=id,variants.id,variants.sku`)
        const variant = listed.products[0].variants.find((row: { sku: string }) => row.sku === product.variants[0].sku)
        const { data: created } = await api.post("/store/carts", { region_id: regionId, email: "pembeli@uji.test" }, store)
        const cartId = created.cart.id
        await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 1 }, store)
        await adminPost(`/admin/curation/products/${listed.products[0].id}/revoke`, { reason: "Ditarik dari peredaran" })

        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
        await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_bank-transfer_okoce" }, store)
        const completion = await call(api.post(`/store/carts/${cartId}/complete`, {}, store))
        const message = completion.status === 200 ? completion.data.error?.message : completion.data.message
        expect(message).toContain(`Produk '${product.title}' tidak lagi tersedia di katalog OK OCE`)
        expect(completion.data.type === "order").toBe(false)

        const again = await call(api.post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 1 }, store))
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("tidak lagi tersedia")
      })

      it("the daily licence check warns 30 days ahead and revokes on expiry, with the reason recorded", async () => {
        const expiring = active
          .filter((producer) => producer.pirt && producer.pirt.expires_on < "2027-01-01")
          .sort((a, b) => a.pirt!.expires_on.localeCompare(b.pirt!.expires_on))
        expect(expiring.length).toBeGreaterThanOrEqual(2)
        const [first, second] = expiring
        const productOf = (handle: string) => catalogue.products.find((candidate) => candidate.producer === handle && candidate.compliance.licence === "pirt")!

        const warnDay = new Date(new Date(first.pirt!.expires_on).getTime() - 20 * 86_400_000).toISOString().slice(0, 10)
        const { result: warned } = await reviewLicenceExpiryWorkflow(getContainer()).run({ input: { today: warnDay } })
        expect(warned.revoked).toEqual([])
        const queue = (await api.get(`/admin/curation/products?status=approved&limit=200`, admin)).data.products
        const flagged = queue.find((row: { handle: string }) => row.handle === productOf(first.handle).handle)
        expect(flagged.licence_warning).toBe(`Izin P-IRT berakhir ${first.pirt!.expires_on}`)

        const dayAfter = new Date(new Date(first.pirt!.expires_on).getTime() + 86_400_000).toISOString().slice(0, 10)
        await reviewLicenceExpiryWorkflow(getContainer()).run({ input: { today: dayAfter } })
        const firstProduct = (await storeGet(`/store/products?handle=${productOf(first.handle).handle}`)).data.products
        expect(firstProduct).toEqual([])
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product",
          fields: ["id", "product_curation.state", "product_curation.events.*"],
          filters: { handle: productOf(first.handle).handle },
        })
        expect(data[0].product_curation!.state).toBe("revoked")
        const revocation = data[0].product_curation!.events.find((event) => event?.action === "revoke")
        expect(revocation).toMatchObject({
          actor_type: "system",
          actor_id: "licence-expiry-job",
          reason: expect.stringContaining(`Izin P-IRT kedaluwarsa sejak ${first.pirt!.expires_on}`),
        })
        if (second.pirt!.expires_on > dayAfter) {
          expect((await storeGet(`/store/products?handle=${productOf(second.handle).handle}`)).data.products).toHaveLength(1)
        }
      })

      it("keeps a kecamatan coordinator within their kecamatan: 403 elsewhere, allowed inside; the head coordinator decides everywhere", async () => {
        const kecamatan = (await api.get("/admin/places/kecamatan", admin)).data.kecamatan
        const home = kecamatan.find((row: { code: string }) => row.code === active[0].desa_code.slice(0, 8))
        const other = active.find((producer) => producer.desa_code.slice(0, 8) !== home.code)!
        const local = await coordinatorHeaders(getContainer(), api, "kurator-kecamatan@test.local", { role: "kecamatan", kecamatan_ids: [home.id] })

        const outside = await createDraft(other.handle)
        await submit(outside)
        const refused = await call(api.post(`/admin/curation/products/${outside}/reject`, { reason: "x" }, local))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toContain("di luar kecamatan")
        expect((await api.get(`/admin/curation/products/${outside}`, admin)).data.curation.state).toBe("submitted")

        const inside = await createDraft(active[0].handle)
        await submit(inside)
        expect((await call(api.post(`/admin/curation/products/${inside}/approve`, {}, local))).status).toBe(200)

        expect((await adminPost(`/admin/curation/products/${outside}/reject`, { reason: "Bukan produk desa" })).status).toBe(200)
      })

      it("filters the queue by state, kecamatan and producer", async () => {
        const producerAdminId = await producerId(active[0].handle)
        const { data } = await api.get(`/admin/curation/products?status=approved&producer=${producerAdminId}`, admin)
        expect(data.count).toBe(catalogue.products.filter((product) => product.producer === active[0].handle).length)
        expect(data.products.every((row: { state: string; producer: { id: string } }) => row.state === "approved" && row.producer.id === producerAdminId)).toBe(
          true
        )
        const pending = catalogue.producers.find((producer) => producer.status === "pending")!
        const submitted = (await api.get(`/admin/curation/products?status=submitted&limit=200`, admin)).data.products
        expect(submitted.some((row: { producer: { handle: string } }) => row.producer.handle === pending.handle)).toBe(true)
        const bad = await call(api.get(`/admin/curation/products?status=lolos`, admin))
        expect(bad.status).toBe(400)
      })

      it("pages the queue newest change first: pages add up to the whole, without repeats, and a kecamatan's page holds only it", async () => {
        type QueueRow = { id: string; updated_at: string; kecamatan: { id: string } | null }
        const walk = async (url: string, size: number) => {
          const rows: QueueRow[] = []
          for (let offset = 0, count = 1; offset < count; offset += size) {
            const page = (await api.get(`${url}${url.includes("?") ? "&" : "?"}limit=${size}&offset=${offset}`, admin)).data
            expect(page).toMatchObject({ limit: size, offset })
            count = page.count
            rows.push(...page.products)
            expect(rows.length).toBeLessThanOrEqual(count)
          }
          return rows
        }
        const whole = await walk("/admin/curation/products", 200)
        const small = await walk("/admin/curation/products", 40)
        expect(whole.length).toBeGreaterThan(200)
        expect(small.map((row) => row.id)).toEqual(whole.map((row) => row.id))
        expect(new Set(whole.map((row) => row.id)).size).toBe(whole.length)
        const changed = whole.map((row) => new Date(row.updated_at).getTime())
        expect(changed).toEqual([...changed].sort((a, b) => b - a))
        const kecamatanId = whole.find((row) => row.kecamatan)!.kecamatan!.id
        const inKecamatan = await walk(`/admin/curation/products?kecamatan=${kecamatanId}`, 200)
        expect(inKecamatan.map((row) => row.id)).toEqual(whole.filter((row) => row.kecamatan?.id === kecamatanId).map((row) => row.id))
      })

      it("shows the coordinator what buyers would get: each variant with its rupiah price and what is on the shelf, and every picture", async () => {
        const seeded = catalogue.products.find((product) => product.variants.length > 1) ?? catalogue.products[0]
        const [product] = (await api.get(`/admin/products?handle=${seeded.handle}&fields=id,*images`, admin)).data.products
        // Units a buyer can still order, as Medusa's store route counts them for the shop's channel.
        const sold = (await api.get(`/store/products/${product.id}?fields=variants.id,+variants.inventory_quantity`, store)).data.product
        const { data } = await api.get(`/admin/curation/products/${product.id}`, admin)
        expect(data.images.map((image: { url: string }) => image.url)).toEqual(product.images.map((image: { url: string }) => image.url))
        expect(data.variants).toHaveLength(seeded.variants.length)
        for (const variant of seeded.variants) {
          const shown = data.variants.find((row: { sku: string }) => row.sku === variant.sku)
          expect(shown).toMatchObject({ price: variant.price })
          if (!shown.manage_inventory) continue
          // What is not yet promised to an order is what Medusa sells from: the same figure.
          expect(shown.available).toBe(sold.variants.find((row: { id: string }) => row.id === shown.id).inventory_quantity)
          expect(shown.stocked).toBeGreaterThanOrEqual(shown.available)
        }
      })
    })
  },
  { seeded: true }
)
