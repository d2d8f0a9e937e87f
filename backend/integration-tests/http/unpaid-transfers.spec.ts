import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { backendTestRunner } from "../medusa-runner"
import type { Headers } from "../producer-fixtures"
import { storeCheckout } from "../store-checkout"
import { cancelUnpaidTransfers } from "../../src/workflows/order/cancel-unpaid-transfers"
import { seededStore } from "../seeded-store"

const HOUR = 3_600_000

backendTestRunner(({ api, getContainer }) => {
  describe("unpaid bank transfers", () => {
    let store: Headers
    let admin: Headers
    let regionId: string
    let stocked: { variantId: string; inventoryItemId: string }

    const reserved = async () => {
      const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: stocked.inventoryItemId })
      return levels.reduce((sum, level) => sum + Number(level.reserved_quantity), 0)
    }
    const orderState = async (id: string) => (await api.get(`/admin/orders/${id}?fields=status,payment_status,created_at,payment_collections.payments.id`, admin)).data.order
    const unpaidNotices = () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "order-canceled-unpaid" })

    beforeAll(async () => {
      const container = getContainer()
      ;({ store, admin, regionId } = await seededStore(container, api))
      // A product buyers can order with plenty on the shelf, so every order here is an ordinary (not pre-) order.
      const { data } = await api.get("/store/products?limit=200&fields=id,variants.id", store)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      for (const product of data.products) {
        const { data: rows } = await query.graph({
          entity: "product_variant",
          fields: ["id", "manage_inventory", "inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.available_quantity"],
          filters: { id: product.variants[0].id },
        })
        const variant = rows[0] as any
        if (variant.manage_inventory && Number(variant.inventory_items?.[0]?.inventory?.location_levels?.[0]?.available_quantity) >= 10) {
          stocked = { variantId: variant.id, inventoryItemId: variant.inventory_items[0].inventory_item_id }
          break
        }
      }
      expect(stocked).toBeDefined()
    })

    it("cancels a transfer not paid within 24 hours, puts its stock back and tells the buyer once; keeps paid and cash-on-delivery orders", async () => {
      const before = await reserved()
      const line = [{ variant_id: stocked.variantId, quantity: 2 }]
      const unpaid = await storeCheckout(api, store, regionId, "pp_bank-transfer_okoce").placeOrder(line)
      const paid = await storeCheckout(api, store, regionId, "pp_bank-transfer_okoce").placeOrder(line)
      const cash = await storeCheckout(api, store, regionId, "pp_cod_okoce").placeOrder(line)
      const paidPayment = (await orderState(paid.id)).payment_collections[0].payments[0]
      expect((await api.post(`/admin/payments/${paidPayment.id}/capture`, {}, admin)).status).toBe(200)
      expect(await reserved()).toBe(before + 6)
      const placedAt = new Date((await orderState(unpaid.id)).created_at).getTime()

      const early = await cancelUnpaidTransfers(getContainer(), new Date(placedAt + 23 * HOUR), 24)
      expect(early).toEqual({ canceled: [], failed: [] })
      expect((await orderState(unpaid.id)).status).toBe("pending")

      const late = await cancelUnpaidTransfers(getContainer(), new Date(placedAt + 25 * HOUR), 24)
      expect(late).toEqual({ canceled: [unpaid.id], failed: [] })
      expect(await orderState(unpaid.id)).toMatchObject({ status: "canceled", payment_status: "canceled" })
      expect(await reserved()).toBe(before + 4)
      expect((await orderState(paid.id)).status).toBe("pending")
      expect((await orderState(cash.id)).status).toBe("pending")

      const notices = await unpaidNotices()
      expect(notices).toHaveLength(1)
      expect(notices[0]).toMatchObject({
        to: "pembeli@uji.test",
        channel: "email",
        data: { order_display_id: unpaid.display_id, reference: expect.stringMatching(/^PD-/), subject: expect.stringContaining("dibatalkan"), items: [expect.objectContaining({ quantity: 2 })] },
      })
      expect(notices[0].data!.message).toContain("Tidak ada uang yang ditarik")

      // The next hour's run finds nothing new: no second cancellation, no second email.
      expect(await cancelUnpaidTransfers(getContainer(), new Date(placedAt + 26 * HOUR), 24)).toEqual({ canceled: [], failed: [] })
      expect(await unpaidNotices()).toHaveLength(1)
    })
  })
})
