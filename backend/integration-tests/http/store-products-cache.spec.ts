import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { backendTestRunner } from "../medusa-runner"
import { seededStore } from "../seeded-store"
import { storeCheckout } from "../store-checkout"

// Read by Medusa when the app boots (in beforeAll), as `npm start` sets it.
process.env.MEDUSA_FF_CACHING = "true"

type Headers = { headers: Record<string, string> }
type Listed = {
  id: string
  handle: string
  title: string
  collection_id: string | null
  producer?: { id: string; business_name: string } | null
  variants: Array<{ id: string; inventory_quantity?: number; calculated_price?: { calculated_amount: number } }>
}

/**
 * `npm start` and the production shape both answer Medusa's store product routes from Medusa's
 * cache (MEDUSA_FF_CACHING): a third party's next request after a change must see it all the same,
 * also for what Medusa's own events do not describe (producers, curation, the curators' picks).
 */
backendTestRunner(
  ({ api, getContainer }) => {
    describe("Medusa's store product routes from its cache", () => {
      let store: Headers
      let admin: Headers
      let regionId: string

      beforeAll(async () => {
        ;({ store, admin, regionId } = await seededStore(getContainer(), api))
      })

      const FIELDS = "id,handle,title,collection_id,+producer.id,+producer.business_name,*variants.calculated_price,+variants.inventory_quantity"
      const list = async (query = "") =>
        (await api.get(`/store/products?limit=100&region_id=${regionId}&fields=${encodeURIComponent(FIELDS)}${query}`, store)).data.products as Listed[]
      const byHandle = async (handle: string) => (await list(`&handle=${handle}`))[0]
      const someProduct = async (offset: number) => (await list(`&offset=${offset}`))[0]
      const variantOf = async (handle: string, id: string) => (await byHandle(handle)).variants.find((variant) => variant.id === id)!
      const sql = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

      it("answers from the cache: a title changed behind Medusa's back (no event) is not seen until an event clears it", async () => {
        const product = await someProduct(1)
        await byHandle(product.handle)
        await sql().raw("update product set title = ? where id = ?", [`${product.title} (diam-diam)`, product.id])
        expect((await byHandle(product.handle)).title).toBe(product.title)
        await api.post(`/admin/products/${product.id}`, { subtitle: "diperbarui" }, admin)
        expect((await byHandle(product.handle)).title).toBe(`${product.title} (diam-diam)`)
      })

      it("shows a producer's new name on the next request", async () => {
        const product = await someProduct(2)
        expect(product.producer).toBeTruthy()
        await list()
        const name = `${product.producer!.business_name} Baru`
        await api.post(`/admin/producers/${product.producer!.id}`, { business_name: name }, admin)
        expect((await byHandle(product.handle)).producer?.business_name).toBe(name)
        expect((await list()).find((listed) => listed.id === product.id)?.producer?.business_name).toBe(name)
      })

      it("drops a revoked product from the list and by handle on the next request", async () => {
        const product = await someProduct(3)
        await list()
        await api.post(`/admin/curation/products/${product.id}/revoke`, { reason: "Izin edar dicabut" }, admin)
        expect(await byHandle(product.handle)).toBeUndefined()
        expect((await list()).some((listed) => listed.id === product.id)).toBe(false)
      })

      it("drops a suspended producer's products on the next request", async () => {
        const product = await someProduct(4)
        await list()
        await api.post(`/admin/producers/${product.producer!.id}`, { status: "suspended", status_reason: "Uji penangguhan" }, admin)
        expect(await byHandle(product.handle)).toBeUndefined()
        expect((await list()).some((listed) => listed.producer?.id === product.producer!.id)).toBe(false)
      })

      it("shows a new price, a stock change and an order's reservation on the next request", async () => {
        const product = await someProduct(5)
        const variant = product.variants[0]
        await byHandle(product.handle)
        await api.post(`/admin/products/${product.id}/variants/${variant.id}`, { prices: [{ amount: 12_345, currency_code: "idr" }] }, admin)
        expect((await variantOf(product.handle, variant.id)).calculated_price?.calculated_amount).toBe(12_345)

        const { data } = await api.get(`/admin/products/${product.id}/variants/${variant.id}?fields=inventory_items.inventory_item_id`, admin)
        const itemId = data.variant.inventory_items[0].inventory_item_id as string
        const { data: levels } = await api.get(`/admin/inventory-items/${itemId}/location-levels`, admin)
        const level = levels.inventory_levels[0] as { location_id: string; stocked_quantity: number }
        await api.post(`/admin/inventory-items/${itemId}/location-levels/${level.location_id}`, { stocked_quantity: level.stocked_quantity + 7 }, admin)
        const stocked = (await variantOf(product.handle, variant.id)).inventory_quantity!
        expect(stocked).toBe(variant.inventory_quantity! + 7)

        await storeCheckout(api, store, regionId).placeOrder([{ variant_id: variant.id, quantity: 2 }])
        expect((await variantOf(product.handle, variant.id)).inventory_quantity).toBe(stocked - 2)
      })

      it("lists a product the coordinators add to the curators' picks on the next request", async () => {
        const { data } = await api.get("/admin/collections?handle=pilihan-kurator", admin)
        const picks = data.collections[0] as { id: string }
        const outside = (await list()).find((listed) => listed.collection_id !== picks.id)!
        await list(`&collection_id=${picks.id}`)
        await api.post(`/admin/collections/${picks.id}/products`, { add: [outside.id] }, admin)
        expect((await list(`&collection_id=${picks.id}`)).some((listed) => listed.id === outside.id)).toBe(true)
      })
    })
  },
  { seeded: true }
)
