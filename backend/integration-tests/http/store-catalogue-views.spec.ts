import { updateInventoryLevelsWorkflow, updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readSeedData } from "@pasar-desa/seed"
import { backendTestRunner } from "../medusa-runner"
import { seededStore } from "../seeded-store"
import { storeCheckout } from "../store-checkout"
import { transitionCurationWorkflow } from "../../src/workflows/curation/transition-curation"
import catalogueProductViews from "../../src/migration-scripts/catalogue-product-views"
import mendCatalogueViewsJob from "../../src/jobs/mend-catalogue-views"

const { catalogue } = readSeedData()

type Headers = { headers: Record<string, string> }
type Change = { id: string; tag: string; hard: boolean }
type Card = {
  id: string
  handle: string
  title: string
  fromPrice: number | null
  producerName: string | null
  villageName: string | null
  okOce: boolean
  inStock: boolean
  sold: number
}
type Page = {
  id: string
  handle: string
  sold: number
  variants: Array<{ id: string; title: string; price: number | null; inStock: boolean; quantity: number | null }>
}

backendTestRunner(
  ({ api, getContainer }) => {
    describe("catalogue views: what pages show, one indexed read each", () => {
      let store: Headers
      let admin: Headers
      let regionId: string

      beforeAll(async () => {
        ;({ store, admin, regionId } = await seededStore(getContainer(), api))
      })

      const refusal = (error: { response: { status: number; data: { message: string } } }) => error.response
      const cards = async (query = "") => (await api.get(`/store/catalogue/cards${query}`, store)).data as { cards: Card[]; count: number }
      /** Every card, a hundred at a time, as a listing pages through them. */
      const allCards = async (order = "created_at") => {
        const every: Card[] = []
        for (let offset = 0; ; offset += 100) {
          const { cards: batch, count } = await cards(`?limit=100&offset=${offset}&order=${order}`)
          every.push(...batch)
          if (!batch.length || every.length >= count) return every
        }
      }
      const page = async (handle: string) => {
        const response = await api.get(`/store/catalogue/products/${handle}`, store).catch(refusal)
        return response.status === 200 ? (response.data.product as Page) : null
      }
      const productOf = async (handle: string) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "product",
          fields: ["id", "title", "producer.handle", "variants.id", "variants.inventory_items.inventory_item_id"],
          filters: { handle },
        })
        return data[0]
      }
      /**
       * Reads the change feed on from `cursor` until the product's change is announced, then reads
       * its view at once: what a storefront emptying the page on that change would render.
       */
      const afterAnnounced = async <T>(cursor: string, productId: string, read: () => Promise<T>) => {
        for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
          const { data } = await api.get(`/store/catalogue-changes?after=${cursor}`, store)
          if ((data.changes as Change[]).some((change) => change.tag === `product:${productId}`)) return read()
          cursor = data.cursor
          await new Promise((resolve) => setTimeout(resolve, 25))
        }
        throw new Error(`no change announced for ${productId}`)
      }
      /**
       * Where the feed stands once the previous change has been announced in full: one change sends
       * several events (a price edit: the variant and its price set), each announced when its rewrite
       * is done, and a late one would pass for the next change's announcement.
       */
      const cursorNow = async () => {
        for (;;) {
          const { cursor } = (await api.get("/store/catalogue-changes", store)).data as { cursor: string }
          await new Promise((resolve) => setTimeout(resolve, 250))
          const { data } = await api.get(`/store/catalogue-changes?after=${cursor}`, store)
          if (!(data.changes as Change[]).length) return cursor
        }
      }

      it("shows every buyable product's card and page as Medusa's own product API prices and counts them", async () => {
        const { data: medusa } = await api.get(
          `/store/products?limit=100&region_id=${regionId}&fields=id,handle,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory`,
          store
        )
        const all = await allCards()
        expect(all.length).toBe(medusa.count)
        const listed = new Set(all.map((card) => card.id))
        expect(medusa.products.filter((product: { id: string }) => !listed.has(product.id))).toEqual([])
        for (const product of medusa.products.slice(0, 5)) {
          const view = await page(product.handle)
          for (const variant of product.variants) {
            expect(view!.variants.find((candidate) => candidate.id === variant.id)).toMatchObject({
              price: variant.calculated_price.calculated_amount,
              quantity: variant.manage_inventory ? variant.inventory_quantity : null,
            })
          }
          const card = all.find((candidate) => candidate.id === product.id)!
          expect(card.fromPrice).toBe(
            Math.min(...product.variants.map((variant: { calculated_price: { calculated_amount: number } }) => variant.calculated_price.calculated_amount))
          )
          expect(card).toMatchObject({ okOce: true, producerName: expect.any(String), villageName: expect.any(String) })
        }
      })

      it("lists one producer's cards and one collection's, oldest or newest first, and refuses a bad query in Indonesian", async () => {
        const seeded = catalogue.products[0]
        const product = await productOf(seeded.handle)
        const mine = await cards(`?producer=${product.producer!.handle}`)
        expect(mine.cards.map((card) => card.handle)).toContain(seeded.handle)
        const ofProducer = catalogue.products.filter((candidate) => candidate.producer === seeded.producer).map((candidate) => candidate.handle)
        expect(mine.cards.every((card) => ofProducer.includes(card.handle))).toBe(true)

        const { data: collections } = await api.get("/store/collections?handle=pilihan-kurator&fields=id", store)
        const picks = await cards("?collection=pilihan-kurator")
        const { data: inCollection } = await api.get(`/store/products?collection_id=${collections.collections[0].id}&fields=id&limit=100`, store)
        expect(picks.cards.map((card) => card.id).sort()).toEqual(inCollection.products.map((row: { id: string }) => row.id).sort())
        expect(await cards("?collection=tidak-ada")).toEqual({ cards: [], count: 0 })

        const oldestFirst = await allCards()
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: created } = await query.graph({ entity: "product", fields: ["id", "created_at"], filters: { id: oldestFirst.map((card) => card.id) } })
        const createdAt = new Map(created.map((row) => [row.id, new Date(row.created_at as string | Date).getTime()]))
        const times = oldestFirst.map((card) => createdAt.get(card.id)!)
        expect(times).toEqual([...times].sort((a, b) => a - b))
        expect((await allCards("-created_at")).map((card) => card.id)).toEqual(oldestFirst.map((card) => card.id).reverse())

        for (const bad of ["?limit=0", "?limit=101", "?offset=-1", "?producer=Bukan%20Handle", "?order=price", "?urut=baru"]) {
          const refused = await api.get(`/store/catalogue/cards${bad}`, store).catch(refusal)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(/bilangan|huruf|atau|tidak dikenal|Unrecognized/)
        }
        expect(await page("tidak-ada-produk-ini")).toBeNull()
      })

      it("holds a stock change, a new price and a placed order by the time each is announced", async () => {
        const seeded = catalogue.products[8]
        const product = await productOf(seeded.handle)
        const variant = product.variants![0]!
        const inventoryItemId = variant.inventory_items![0]!.inventory_item_id
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: levels } = await query.graph({ entity: "inventory_level", fields: ["location_id"], filters: { inventory_item_id: inventoryItemId } })

        let cursor = await cursorNow()
        await updateInventoryLevelsWorkflow(getContainer()).run({
          input: { updates: [{ inventory_item_id: inventoryItemId, location_id: levels[0].location_id, stocked_quantity: 37 }] },
        })
        const stocked = await afterAnnounced(cursor, product.id, () => page(seeded.handle))
        expect(stocked!.variants.find((row) => row.id === variant.id)!.quantity).toBe(37)

        cursor = await cursorNow()
        await updateProductVariantsWorkflow(getContainer()).run({
          input: { selector: { id: variant.id }, update: { prices: [{ amount: 12_345, currency_code: "idr" }] } },
        })
        const repriced = await afterAnnounced(cursor, product.id, () => page(seeded.handle))
        expect(repriced!.variants.find((row) => row.id === variant.id)!.price).toBe(12_345)

        cursor = await cursorNow()
        const soldBefore = stocked!.sold
        const checkout = storeCheckout(api, store, regionId)
        const cartId = await checkout.createCart([{ variant_id: variant.id, quantity: 2 }], "pembeli-views@uji.test")
        const placed = await checkout.complete(cartId)
        expect(placed.status).toBe(200)
        const ordered = await afterAnnounced(cursor, product.id, () => page(seeded.handle))
        expect(ordered!.variants.find((row) => row.id === variant.id)!.quantity).toBe(35)
        // "Terjual": the order's two units count on the page and the card, and no longer once it is canceled.
        expect(ordered!.sold).toBe(soldBefore + 2)
        const card = async () => (await allCards()).find((row) => row.id === product.id)!
        expect((await card()).sold).toBe(soldBefore + 2)
        cursor = await cursorNow()
        expect((await api.post(`/admin/orders/${placed.data.order.id}/cancel`, {}, admin)).status).toBe(200)
        expect((await afterAnnounced(cursor, product.id, () => page(seeded.handle)))!.sold).toBe(soldBefore)
        expect((await card()).sold).toBe(soldBefore)
      })

      it("drops a revoked product from every list and its page by the time the revocation is announced, and brings it back on approval", async () => {
        const seeded = catalogue.products[9]
        const product = await productOf(seeded.handle)
        const listed = async () => (await allCards()).some((card) => card.id === product.id)
        expect(await listed()).toBe(true)

        const cursor = await cursorNow()
        const actor = { type: "user" as const, id: "user_views_test" }
        await transitionCurationWorkflow(getContainer()).run({ input: { product_ids: [product.id], action: "revoke", reason: "Izin edar dicabut", actor } })
        const gone = await afterAnnounced(cursor, product.id, async () => ({ page: await page(seeded.handle), listed: await listed() }))
        expect(gone).toEqual({ page: null, listed: false })
        expect((await cards(`?producer=${product.producer!.handle}`)).cards.map((card) => card.id)).not.toContain(product.id)

        await transitionCurationWorkflow(getContainer()).run({ input: { product_ids: [product.id], action: "submit", actor } })
        await transitionCurationWorkflow(getContainer()).run({ input: { product_ids: [product.id], action: "approve", actor } })
        let back = await page(seeded.handle)
        for (const deadline = Date.now() + 10_000; !back && Date.now() < deadline; back = await page(seeded.handle)) {
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        expect(back?.id).toBe(product.id)
        expect(await listed()).toBe(true)
      })

      it("follows a collection: a product a coordinator adds to the curators' picks is listed with them", async () => {
        const picks = async () => (await cards("?collection=pilihan-kurator")).cards.map((card) => card.id)
        const picked = await picks()
        const product = (await cards()).cards.find((card) => !picked.includes(card.id))!
        const { data: collections } = await api.get("/store/collections?handle=pilihan-kurator&fields=id", store)
        // Through Medusa's admin route, as a coordinator fills the picks: its workflow announces nothing itself.
        await api.post(`/admin/collections/${collections.collections[0].id}/products`, { add: [product.id] }, admin)
        for (const deadline = Date.now() + 10_000; Date.now() < deadline && !(await picks()).includes(product.id);) {
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        expect(await picks()).toContain(product.id)
      })

      it("mends within the hour a view whose event was lost, and announces it so pages follow", async () => {
        const [lost, stale] = (await allCards()).slice(0, 2)
        const manager = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        // As a Redis restarted without its queue would leave them: one view never written, one behind.
        await manager.raw("delete from catalogue_product where product_id = ?", [lost.id])
        await manager.raw(`update catalogue_product set card = jsonb_set(card, '{fromPrice}', '1') where product_id = ?`, [stale.id])
        expect((await allCards()).map((card) => card.id)).not.toContain(lost.id)

        const cursor = await cursorNow()
        await mendCatalogueViewsJob(getContainer())
        const cards = await allCards()
        expect(cards.find((card) => card.id === lost.id)).toEqual(lost)
        expect(cards.find((card) => card.id === stale.id)).toEqual(stale)
        const { data } = await api.get(`/store/catalogue-changes?after=${cursor}`, store)
        const hard = (data.changes as Change[]).filter((change) => change.hard).map((change) => change.tag)
        expect(hard).toEqual(expect.arrayContaining([`product:${lost.id}`, `product:${stale.id}`, "lists"]))

        // A healthy catalogue: nothing to mend, nothing announced.
        const quiet = await cursorNow()
        await mendCatalogueViewsJob(getContainer())
        expect((await api.get(`/store/catalogue-changes?after=${quiet}`, store)).data.changes).toEqual([])
      })

      it("writes every view again after an upgrade from a shop without them", async () => {
        const before = await allCards()
        const manager = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await manager.raw("truncate catalogue_product")
        expect((await cards()).count).toBe(0)
        await catalogueProductViews({ container: getContainer(), args: [] })
        expect(await allCards()).toEqual(before)
      })
    })
  },
  { seeded: true }
)
