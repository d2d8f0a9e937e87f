import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readSeedData } from "@pasar-desa/seed"
import { backendTestRunner } from "../medusa-runner"
import { storeCheckout } from "../store-checkout"
import { HARVEST_MODULE } from "../../src/modules/harvest"
import type HarvestModuleService from "../../src/modules/harvest/service"
import { addDays, pacitanDay } from "../../src/modules/harvest/rules"
import { refreshPassedHarvestsWorkflow } from "../../src/workflows/harvest/refresh-passed-harvests"
import { upsertProductHarvestWorkflow } from "../../src/workflows/harvest/upsert-product-harvest"
import { seededStore } from "../seeded-store"

const { harvests } = readSeedData()
const INDEX_DEADLINE_MS = 10_000

type Headers = { headers: Record<string, string> }
type Level = { stocked_quantity: number; reserved_quantity: number; location_id: string }
type Row = {
  id: string
  handle: string
  status: string
  product_curation?: { state: string } | null
  producer?: { status: string; handle: string } | null
  variants: Array<{ id: string; manage_inventory: boolean; allow_backorder: boolean; inventory_items: Array<{ inventory: { location_levels: Level[] } }> }>
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = INDEX_DEADLINE_MS): Promise<T> {
  const started = Date.now()
  let value = await read()
  while (!done(value) && Date.now() - started < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    value = await read()
  }
  return value
}

/**
 * Changes that reach the product index without touching the product: a harvest
 * day passing (the daily job) and orders reserving or releasing the last units.
 * Run once per engine.
 */
export function searchFreshnessContract(engine: string) {
  backendTestRunner(
    ({ api, getContainer }) => {
      describe(`the product index on ${engine} follows harvest days and orders`, () => {
        let store: Headers
        let admin: Headers
        let regionId: string
        /** Buyer-visible products with no seeded harvest and a single stock-managed variant. */
        let candidates: Row[]
        const search = async (params: string): Promise<string[]> =>
          (await api.get(`/store/search/products?${params}&limit=100`, store)).data.hits.map((hit: { handle: string }) => hit.handle)

        beforeAll(async () => {
          const container = getContainer()
          ;({ store, admin, regionId } = await seededStore(container, api))
          const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
            entity: "product",
            fields: [
              "id",
              "handle",
              "status",
              "product_curation.state",
              "producer.status",
              "producer.handle",
              "variants.id",
              "variants.manage_inventory",
              "variants.allow_backorder",
              "variants.inventory_items.inventory.location_levels.*",
            ],
          })
          const withHarvest = new Set(harvests.map((harvest) => harvest.product))
          candidates = (data as unknown as Row[]).filter(
            (row) =>
              row.status === "published" &&
              row.product_curation?.state === "approved" &&
              row.producer?.status === "active" &&
              !withHarvest.has(row.handle) &&
              row.variants.length === 1 &&
              row.variants[0].manage_inventory &&
              !row.variants[0].allow_backorder &&
              row.variants[0].inventory_items.length === 1 &&
              row.variants[0].inventory_items[0].inventory.location_levels.length === 1
          )
          expect(candidates.length).toBeGreaterThanOrEqual(3)
          // Seeding raised hundreds of events; rebuild once so the tests start from a complete index.
          await container.resolve(Modules.SEARCH).reindex({ index: "product", strategy: "swap" })
          expect(
            await waitFor(
              () => search(""),
              (handles) => handles.length > 0
            )
          ).not.toEqual([])
        })

        it("stops calling a product pre-order once its harvest day has passed, and keeps tomorrow's", async () => {
          const container = getContainer()
          const today = pacitanDay()
          const [passing, upcoming] = candidates
          await upsertProductHarvestWorkflow(container).run({ input: { product_id: passing.id, expected_on: today, forecast_quantity: 40 } })
          await upsertProductHarvestWorkflow(container).run({ input: { product_id: upcoming.id, expected_on: addDays(today, 1), forecast_quantity: 60 } })
          const flagged = await waitFor(
            () => search("pre_order=true"),
            (handles) => handles.includes(passing.handle) && handles.includes(upcoming.handle)
          )
          expect(flagged).toEqual(expect.arrayContaining([passing.handle, upcoming.handle]))

          // A day passes: the harvest is now yesterday's, and nothing tells the index.
          const { data } = await container
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "product", fields: ["product_harvest.id"], filters: { id: passing.id } })
          await container
            .resolve<HarvestModuleService>(HARVEST_MODULE)
            .updateProductHarvests({ id: data[0].product_harvest!.id, expected_on: new Date(`${addDays(today, -1)}T00:00:00Z`) })
          await new Promise((resolve) => setTimeout(resolve, 500))
          expect(await search("pre_order=true")).toContain(passing.handle)

          const { result } = await refreshPassedHarvestsWorkflow(container).run({ input: { today } })
          expect(result.product_ids).toEqual([passing.id])
          const after = await waitFor(
            () => search("pre_order=true"),
            (handles) => !handles.includes(passing.handle)
          )
          // Only the passed harvest changed: tomorrow's and the seeded ones are still pre-orders.
          expect(after.sort()).toEqual(flagged.filter((handle) => handle !== passing.handle).sort())
          expect(after).toContain(upcoming.handle)
          // Still findable, just no longer a pre-order.
          expect(await search(`producer=${passing.producer!.handle}`)).toContain(passing.handle)
        })

        it("drops a product from in-stock results when an order takes its last units, and brings it back when the order is canceled", async () => {
          const product = candidates[2]
          const variant = product.variants[0]
          const [level] = variant.inventory_items[0].inventory.location_levels
          const available = Number(level.stocked_quantity) - Number(level.reserved_quantity)
          expect(available).toBeGreaterThan(0)
          const inStock = () => search(`producer=${product.producer!.handle}&in_stock=true`)
          expect(await inStock()).toContain(product.handle)

          const order = await storeCheckout(api, store, regionId).placeOrder([{ variant_id: variant.id, quantity: available }])

          expect(await waitFor(inStock, (handles) => !handles.includes(product.handle))).not.toContain(product.handle)
          expect(await search(`producer=${product.producer!.handle}&in_stock=false`)).toContain(product.handle)

          const canceled = await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
          expect(canceled.status).toBe(200)
          expect(await waitFor(inStock, (handles) => handles.includes(product.handle))).toContain(product.handle)
        })
      })
      // Starts from the seeded template when there is one; the rebuild in beforeAll fills the engine's index.
    },
    { seeded: true }
  )
}
