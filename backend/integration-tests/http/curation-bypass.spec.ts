import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { batchProductsWorkflow } from "@medusajs/medusa/core-flows"
import { readSeedData } from "@pasar-desa/seed"
import { backendTestRunner } from "../medusa-runner"
import { giveProductPhoto } from "../producer-fixtures"
import { seededStore } from "../seeded-store"
import { storeCheckout } from "../store-checkout"
import { transitionCurationWorkflow } from "../../src/workflows/curation/transition-curation"

const { catalogue } = readSeedData()
const active = catalogue.producers.filter((producer) => producer.status === "active")
type Response = { status: number; data: any }
type Headers = { headers: Record<string, string> }

backendTestRunner(
  ({ api, getContainer }) => {
    describe("only approved products reach buyers; only what is offered can be paid with", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      /** The OK OCE channel (the storefront's key opens it); Medusa's "Default Sales Channel" (only Medusa's own default key opens it); a channel no key opens. */
      let buyerChannel: string
      let otherChannel: string
      let closedChannel: string
      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
      const adminPost = (url: string, body: unknown) => call(api.post(url, body, admin))
      const storePost = (url: string, body: unknown) => call(api.post(url, body, store))
      const buyerStatus = async (productId: string) => (await call(api.get(`/store/products/${productId}`, store))).status
      const channelsOf = async (productId: string) =>
        ((await api.get(`/admin/products/${productId}?fields=sales_channels.id`, admin)).data.product.sales_channels as Array<{ id: string }>).map(
          (channel) => channel.id
        )
      const producerId = async (handle: string) =>
        (await api.get(`/admin/producers?q=${handle}`, admin)).data.producers.find((row: { handle: string }) => row.handle === handle).id as string

      function productBody(extra: Record<string, unknown> = {}) {
        const handle = `uji-${Math.random().toString(36).slice(2, 8)}`
        return {
          title: `Produk Uji ${handle}`,
          handle,
          status: "published" as const,
          options: [{ title: "Berat", values: ["250 g"] }],
          variants: [{ title: "250 g", options: { Berat: "250 g" }, prices: [{ amount: 15000, currency_code: "idr" }], manage_inventory: false }],
          ...extra,
        }
      }

      /** A new product of an active producer as a coordinator creates it: a curation draft, outside the buyers' channel. */
      async function createDraft() {
        const producer = active[0]
        const compliance = {
          product_type: "processed_food",
          net_quantity: "250 g",
          ingredients: "Singkong, gula kelapa",
          shelf_life_days: 60,
          storage: "Simpan di tempat kering",
          licence: producer.pirt ? "pirt" : "bpom",
          halal: false,
        }
        const { data } = await api.post(
          "/admin/products",
          { ...productBody(), additional_data: { producer_id: await producerId(producer.handle), compliance } },
          admin
        )
        // A coordinator approves only a product with a real photo of it.
        await giveProductPhoto(getContainer(), data.product.id)
        return { id: data.product.id as string, title: data.product.title as string, variantId: data.product.variants[0].id as string }
      }

      const curate = (id: string, action: "submit" | "approve" | "revoke", reason?: string) =>
        transitionCurationWorkflow(getContainer()).run({ input: { product_ids: [id], action, reason, actor: { type: "user", id: "user_bypass" } } })

      /** A seeded, approved product with stock, as buyers see it. */
      async function seededProduct(index: number) {
        const product = catalogue.products.filter(
          (candidate) => active.some((producer) => producer.handle === candidate.producer) && candidate.variants[0].stock >= 5
        )[index]
        const { data } = await api.get(`/store/products?handle=${product.handle}&fields=id,title,variants.id`, store)
        return { id: data.products[0].id as string, title: product.title, variantId: data.products[0].variants[0].id as string }
      }

      beforeAll(async () => {
        ;({ store, admin, regionId } = await seededStore(getContainer(), api))
        const { data } = await api.get("/admin/sales-channels?fields=id,name", admin)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
        buyerChannel = stores[0].default_sales_channel_id!
        otherChannel = data.sales_channels.find((channel: { name: string }) => channel.name === "Default Sales Channel").id
        closedChannel = (await api.post("/admin/sales-channels", { name: "Gudang Pusat OK OCE" }, admin)).data.sales_channel.id
      })

      describe("Medusa's own admin routes cannot put an unapproved product in front of buyers", () => {
        it("refuses adding a draft to the OK OCE channel through /admin/sales-channels/:id/products, naming curation", async () => {
          const draft = await createDraft()
          const response = await adminPost(`/admin/sales-channels/${buyerChannel}/products`, { add: [draft.id] })
          expect(response.status).toBe(400)
          expect(response.data.message).toContain(`Produk '${draft.title}' belum disetujui kurasi OK OCE`)
          expect(await channelsOf(draft.id)).not.toContain(buyerChannel)
          expect(await buyerStatus(draft.id)).toBe(404)
        })

        it("refuses creating a product straight into the OK OCE channel, and creates nothing", async () => {
          const body = productBody({ sales_channels: [{ id: buyerChannel }] })
          const response = await adminPost("/admin/products", body)
          expect(response.status).toBe(400)
          expect(response.data.message).toContain("belum disetujui kurasi OK OCE")
          expect((await api.get(`/admin/products?handle=${body.handle}`, admin)).data.products).toEqual([])
        })

        it("refuses moving a draft into the OK OCE channel by editing the product", async () => {
          const draft = await createDraft()
          const response = await adminPost(`/admin/products/${draft.id}`, { sales_channels: [{ id: buyerChannel }] })
          expect(response.status).toBe(400)
          expect(response.data.message).toContain(`Produk '${draft.title}' belum disetujui kurasi OK OCE`)
          expect(await buyerStatus(draft.id)).toBe(404)
        })

        it("refuses the batch route creating or updating products into the OK OCE channel", async () => {
          const draft = await createDraft()
          const updated = await adminPost("/admin/products/batch", { update: [{ id: draft.id, sales_channels: [{ id: buyerChannel }] }] })
          expect(updated.status).toBe(400)
          expect(updated.data.message).toContain(`Produk '${draft.title}' belum disetujui kurasi OK OCE`)
          expect(await buyerStatus(draft.id)).toBe(404)
          const body = productBody({ sales_channels: [{ id: buyerChannel }] })
          const created = await adminPost("/admin/products/batch", { create: [body] })
          expect(created.status).toBe(400)
          expect(created.data.message).toContain(`Produk '${body.title}' belum disetujui kurasi OK OCE`)
          expect((await api.get(`/admin/products?handle=${body.handle}`, admin)).data.products).toEqual([])
        })

        it("keeps a draft out of the OK OCE channel when a product import (the batch workflow) lists it there", async () => {
          const draft = await createDraft()
          await batchProductsWorkflow(getContainer())
            .run({ input: { update: [{ id: draft.id, sales_channels: [{ id: buyerChannel }] }] } })
            .catch(() => undefined)
          expect(await channelsOf(draft.id)).not.toContain(buyerChannel)
          expect(await buyerStatus(draft.id)).toBe(404)
          const body = productBody({ sales_channels: [{ id: buyerChannel }] })
          await batchProductsWorkflow(getContainer())
            .run({ input: { create: [body] } })
            .catch(() => undefined)
          const { data } = await api.get(`/store/products?handle=${body.handle}`, store)
          expect(data.products).toEqual([])
        })

        it("guards every channel a publishable key opens, Medusa's Default Sales Channel with its default key included", async () => {
          const draft = await createDraft()
          const response = await adminPost(`/admin/sales-channels/${otherChannel}/products`, { add: [draft.id] })
          expect(response.status).toBe(400)
          expect(await channelsOf(draft.id)).not.toContain(otherChannel)
        })

        it("still lets a coordinator file drafts in a channel no key opens and put approved products back in the OK OCE channel", async () => {
          const draft = await createDraft()
          expect((await adminPost(`/admin/sales-channels/${closedChannel}/products`, { add: [draft.id] })).status).toBe(200)
          expect(await channelsOf(draft.id)).toContain(closedChannel)
          await curate(draft.id, "submit")
          await curate(draft.id, "approve")
          expect((await adminPost(`/admin/sales-channels/${buyerChannel}/products`, { remove: [draft.id] })).status).toBe(200)
          expect(await buyerStatus(draft.id)).toBe(404)
          expect((await adminPost(`/admin/sales-channels/${buyerChannel}/products`, { add: [draft.id] })).status).toBe(200)
          expect(await buyerStatus(draft.id)).toBe(200)
        })
      })

      describe("approved words changed on Medusa's product page", () => {
        const stateOf = async (id: string) => (await api.get(`/admin/curation/products/${id}`, admin)).data.curation.state as string

        it("send an approved product back to review with a history row naming the fields; a subtitle or status change does not", async () => {
          const draft = await createDraft()
          await curate(draft.id, "submit")
          await curate(draft.id, "approve")
          expect(await buyerStatus(draft.id)).toBe(200)

          expect((await adminPost(`/admin/products/${draft.id}`, { subtitle: "Kemasan baru" })).status).toBe(200)
          await new Promise((resolve) => setTimeout(resolve, 500))
          expect(await stateOf(draft.id)).toBe("approved")

          expect((await adminPost(`/admin/products/${draft.id}`, { description: "Keripik singkong pedas manis, kini tanpa pengawet apa pun." })).status).toBe(
            200
          )
          await expect.poll(() => stateOf(draft.id), { timeout: 10_000 }).toBe("submitted")
          expect(await buyerStatus(draft.id)).toBe(404)
          const { data } = await api.get(`/admin/curation/products/${draft.id}`, admin)
          expect(data.history[0]).toMatchObject({ reason: "Diubah di admin Medusa: description / changed in Medusa's admin: description" })
        })
      })

      describe("payment", () => {
        it("offers buyers bank transfer and cash on delivery, never Medusa's system provider", async () => {
          const { data } = await api.get(`/store/payment-providers?region_id=${regionId}`, store)
          const offered = data.payment_providers.map((provider: { id: string }) => provider.id)
          expect(offered).toEqual(expect.arrayContaining(["pp_bank-transfer_okoce", "pp_cod_okoce"]))
          expect(offered).not.toContain("pp_system_default")
        })

        it("refuses a payment session with the system provider, which would authorize an order nobody pays", async () => {
          const product = await seededProduct(0)
          const checkout = storeCheckout(api, store, regionId)
          const cartId = await checkout.createCart([{ variant_id: product.variantId, quantity: 1 }])
          await checkout.prepare(cartId)
          const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
          const response = await storePost(`/store/payment-collections/${data.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
          expect(response.status).toBe(400)
          expect(response.data.message).toContain("Metode pembayaran pp_system_default tidak tersedia")
          const completion = await call(api.post(`/store/carts/${cartId}/complete`, {}, store))
          expect(completion.data.type).not.toBe("order")
        })
      })

      describe("carts", () => {
        it("refuses moving a cart to another sales channel, and the cart stays in the OK OCE channel", async () => {
          const { data } = await api.post("/store/carts", { region_id: regionId }, store)
          const response = await storePost(`/store/carts/${data.cart.id}`, { sales_channel_id: otherChannel })
          expect(response.status).toBe(400)
          expect(response.data.message).toContain("Keranjang tidak bisa pindah saluran penjualan")
          expect((await api.get(`/store/carts/${data.cart.id}?fields=sales_channel_id`, store)).data.cart.sales_channel_id).toBe(buyerChannel)
        })

        // Medusa refuses this itself, in English (its wrapper answers before any project middleware runs).
        it("refuses a new cart in a sales channel the store key does not open", async () => {
          const response = await storePost("/store/carts", { region_id: regionId, sales_channel_id: otherChannel })
          expect(response.status).toBe(400)
          expect(response.data.errors).toEqual([expect.stringContaining("is not associated with the Publishable API Key")])
        })

        it("refuses a new cart holding a revoked product's variant, or a draft's", async () => {
          const revoked = await seededProduct(1)
          await curate(revoked.id, "revoke", "Ditarik dari peredaran")
          const draft = await createDraft()
          for (const product of [revoked, draft]) {
            const response = await storePost("/store/carts", { region_id: regionId, items: [{ variant_id: product.variantId, quantity: 1 }] })
            expect(response.status).toBe(400)
            expect(response.data.message).toContain(`Produk '${product.title}' tidak lagi tersedia di katalog OK OCE`)
          }
        })

        it("refuses raising the quantity of a line whose product was revoked after it was added", async () => {
          const product = await seededProduct(2)
          const { data } = await api.post("/store/carts", { region_id: regionId }, store)
          const { data: added } = await api.post(`/store/carts/${data.cart.id}/line-items`, { variant_id: product.variantId, quantity: 1 }, store)
          await curate(product.id, "revoke", "Izin dicabut")
          const response = await storePost(`/store/carts/${data.cart.id}/line-items/${added.cart.items[0].id}`, { quantity: 3 })
          expect(response.status).toBe(400)
          expect(response.data.message).toContain(`Produk '${product.title}' tidak lagi tersedia`)
          expect((await api.get(`/store/carts/${data.cart.id}?fields=items.quantity`, store)).data.cart.items[0].quantity).toBe(1)
        })
      })
    })
  },
  { seeded: true }
)
