import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readSeedData } from "@pasar-desa/seed"
import { coordinatorHeaders } from "../admin-auth"
import { backendTestRunner } from "../medusa-runner"
import { seedDemoForTests } from "../seeded-store"
import { producerHeaders, type Headers } from "../producer-fixtures"
import { storeCheckout } from "../store-checkout"
import { addDays, pacitanDay } from "../../src/modules/harvest/rules"
import { upsertProductHarvestWorkflow } from "../../src/workflows/harvest/upsert-product-harvest"

const { catalogue, harvests } = readSeedData()
const activeProducers = catalogue.producers.filter((producer) => producer.status === "active").map((producer) => producer.handle)
type Response = { status: number; data: any }

backendTestRunner(
  ({ api, getContainer }) => {
    describe("recording a harvest smaller than its pre-orders", () => {
      let store: Headers
      let admin: Headers
      let owner: Headers
      let stranger: Headers
      let product: { id: string; title: string; variantId: string; inventoryItemId: string }
      const post = (url: string, body: unknown, auth: Headers) => api.post(url, body, auth).catch((error: { response: Response }) => error.response)
      const harvested = (body: unknown, auth = owner) => post(`/producer/products/${product.id}/harvest/harvested`, body, auth)
      const order = async (id: string) =>
        (await api.get(`/admin/orders/${id}?fields=status,payment_collections.payments.id,payment_collections.payments.refunds.amount`, admin)).data.order
      const level = async () => {
        const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: product.inventoryItemId })
        return {
          stocked: levels.reduce((sum, row) => sum + Number(row.stocked_quantity), 0),
          reserved: levels.reduce((sum, row) => sum + Number(row.reserved_quantity), 0),
        }
      }

      beforeAll(async () => {
        const container = getContainer()
        const { publishableKey } = await seedDemoForTests(container)
        store = { headers: { "x-publishable-api-key": publishableKey } }
        admin = await coordinatorHeaders(container, api)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        // A seeded harvest of an active producer, so buyers can pre-order it.
        const seeded = harvests.find((harvest) => activeProducers.includes(catalogue.products.find((row) => row.handle === harvest.product)!.producer))!
        const { data } = await query.graph({
          entity: "product",
          fields: ["id", "title", "producer.id", "variants.id", "variants.inventory_items.inventory_item_id"],
          filters: { handle: seeded.product },
        })
        const row = data[0] as any
        product = { id: row.id, title: row.title, variantId: row.variants[0].id, inventoryItemId: row.variants[0].inventory_items[0].inventory_item_id }
        // Nothing on any shelf: every unit ordered below is a pre-order.
        const inventory = container.resolve(Modules.INVENTORY)
        const itemIds = row.variants.map((variant: any) => variant.inventory_items[0].inventory_item_id)
        const levels = await inventory.listInventoryLevels({ inventory_item_id: itemIds })
        await inventory.updateInventoryLevels(
          levels.map((entry) => ({ inventory_item_id: entry.inventory_item_id, location_id: entry.location_id, stocked_quantity: 0 }))
        )
        await upsertProductHarvestWorkflow(container).run({
          input: { product_id: product.id, expected_on: addDays(pacitanDay(), 5), forecast_quantity: 10, unit: "buah" },
        })
        owner = await producerHeaders(container, api, "petani@uji.test", row.producer.id)
        const { data: others } = await query.graph({ entity: "producer", fields: ["id", "handle"], filters: { handle: activeProducers } })
        stranger = await producerHeaders(container, api, "tetangga@uji.test", (others as any[]).find((other) => other.id !== row.producer.id).id)
      })

      it("refuses a negative, fractional, huge or missing quantity in Indonesian, and another producer's product as not found", async () => {
        for (const body of [{ quantity: -1 }, { quantity: 2.5 }, { quantity: 10_000_000 }, { quantity: "tujuh" }, {}]) {
          const refused = await harvested(body)
          expect({ body, status: refused.status }).toEqual({ body, status: 400 })
          expect(refused.data.message).toContain("quantity: hasil panen harus bilangan bulat 0 sampai 1000000")
        }
        expect((await harvested({ quantity: 7, product_id: "x" })).status).toBe(400)
        const foreign = await harvested({ quantity: 7 }, stranger)
        expect(foreign.status).toBe(404)
        expect(foreign.data.message).toBe("Produk tidak ditemukan / product not found")
      })

      it("cancels the last-placed pre-orders until the rest fits, refunds the paid one, tells both buyers and shelves the harvest", async () => {
        const regionId = (await api.get("/store/regions", store)).data.regions[0].id
        const checkout = storeCheckout(api, store, regionId)
        const first = await checkout.placeOrder([{ variant_id: product.variantId, quantity: 4 }])
        const second = await checkout.placeOrder([{ variant_id: product.variantId, quantity: 4 }])
        const third = await checkout.placeOrder([{ variant_id: product.variantId, quantity: 2 }])
        const thirdPayment = (await order(third.id)).payment_collections[0].payments[0]
        expect((await api.post(`/admin/payments/${thirdPayment.id}/capture`, {}, admin)).status).toBe(200)
        expect(await level()).toEqual({ stocked: 0, reserved: 10 })

        // 10 pre-ordered, 7 harvested. Latest first: the third (2) leaves 8, still too many, so the second (4) goes too.
        const recorded = await harvested({ quantity: 7 })
        expect(recorded.status, JSON.stringify(recorded.data)).toBe(200)
        expect(recorded.data.harvest).toEqual({
          product_id: product.id,
          quantity: 7,
          unit: "buah",
          items_shelved: 7,
          canceled_orders: [
            { display_id: third.display_id, quantity: 2 },
            { display_id: second.display_id, quantity: 4 },
          ],
        })
        expect((await order(first.id)).status).toBe("pending")
        expect((await order(second.id)).status).toBe("canceled")
        const refunded = await order(third.id)
        expect(refunded.status).toBe("canceled")
        expect(refunded.payment_collections[0].payments[0].refunds).toHaveLength(1)
        expect(await level()).toEqual({ stocked: 7, reserved: 4 })

        const notices = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "preorder-canceled" })
        const byOrder = new Map(notices.map((notice) => [notice.data!.order_display_id, notice]))
        expect(notices).toHaveLength(2)
        expect(byOrder.get(third.display_id)).toMatchObject({ to: "pembeli@uji.test", data: { product: product.title, quantity: 2, refunded: true } })
        expect(byOrder.get(third.display_id)!.data!.message).toContain("kami kembalikan")
        expect(byOrder.get(second.display_id)!.data!.message).toContain("Tidak ada uang yang ditarik")

        // The harvest is over: no more pre-orders, and the panel shows no upcoming harvest.
        expect((await api.get(`/producer/products/${product.id}/harvest`, owner)).data.harvest).toBeNull()
        const again = await harvested({ quantity: 7 })
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("belum punya perkiraan panen")
      })
    })
  },
  { seeded: true }
)
