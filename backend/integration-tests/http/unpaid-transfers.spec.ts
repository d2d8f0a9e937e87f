import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { backendTestRunner } from "../medusa-runner"
import type { Headers } from "../producer-fixtures"
import { storeCheckout } from "../store-checkout"
import { cancelUnpaidTransfers } from "../../src/lib/order/cancel-unpaid-transfers"
import { recoverInterruptedCheckouts } from "../../src/lib/order/recover-interrupted-checkouts"
import { seededStore } from "../seeded-store"

const HOUR = 3_600_000

backendTestRunner(
  ({ api, getContainer }) => {
    describe("sweeps that put stock held for nobody back on sale: unpaid transfers, checkouts cut off by a killed server", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      let stocked: { variantId: string; inventoryItemId: string }

      const reserved = async () => {
        const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: stocked.inventoryItemId })
        return levels.reduce((sum, level) => sum + Number(level.reserved_quantity), 0)
      }
      const orderState = async (id: string) =>
        (await api.get(`/admin/orders/${id}?fields=status,payment_status,created_at,payment_collections.payments.id`, admin)).data.order
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
          data: {
            order_display_id: unpaid.display_id,
            reference: expect.stringMatching(/^PD-/),
            subject: expect.stringContaining("dibatalkan"),
            items: [expect.objectContaining({ quantity: 2 })],
          },
        })
        expect(notices[0].data!.message).toContain("Tidak ada uang yang ditarik")

        // The next hour's run finds nothing new: no second cancellation, no second email.
        expect(await cancelUnpaidTransfers(getContainer(), new Date(placedAt + 26 * HOUR), 24)).toEqual({ canceled: [], failed: [] })
        expect(await unpaidNotices()).toHaveLength(1)
      })

      /**
       * A server killed mid-completion leaves what Medusa's workflow would have
       * undone: here those states are made by hand (the kill itself is in
       * tests/e2e/faults.test.ts), then the minute job's sweep runs.
       */
      it("puts right what a checkout cut off by a killed server left: its order canceled and stock released, reservations for nobody deleted; finished orders untouched", async () => {
        const container = getContainer()
        const line = [{ variant_id: stocked.variantId, quantity: 3 }]
        const before = await reserved()
        // Created, reserved, but never linked to its cart: the kill fell between Medusa's steps.
        const checkout = storeCheckout(api, store, regionId, "pp_bank-transfer_okoce")
        const cutOffCart = await checkout.createCart(line, "terputus@uji.test")
        const cutOff = (await checkout.complete(cutOffCart)).data.order
        await container.resolve(ContainerRegistrationKeys.LINK).dismiss({ [Modules.ORDER]: { order_id: cutOff.id }, [Modules.CART]: { cart_id: cutOffCart } })
        const finished = await storeCheckout(api, store, regionId, "pp_bank-transfer_okoce").placeOrder(line)
        // A reservation for an order line that exists nowhere.
        const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: stocked.inventoryItemId })
        const [ghost] = await container
          .resolve(Modules.INVENTORY)
          .createReservationItems([
            { line_item_id: "ordli_tidak_ada", inventory_item_id: stocked.inventoryItemId, location_id: level.location_id, quantity: 4 },
          ])
        expect(await reserved()).toBe(before + 10)
        const createdAt = new Date((await orderState(finished.id)).created_at).getTime()

        // Younger than the completion lock (two minutes): it may still be running somewhere, so nothing is touched.
        expect(await recoverInterruptedCheckouts(container, new Date(createdAt + 60_000))).toEqual({ canceledOrders: [], failed: [], releasedReservations: [] })
        expect(await reserved()).toBe(before + 10)

        const swept = await recoverInterruptedCheckouts(container, new Date(createdAt + 3 * 60_000))
        expect(swept).toEqual({ canceledOrders: [cutOff.id], failed: [], releasedReservations: [ghost.id] })
        expect((await orderState(cutOff.id)).status).toBe("canceled")
        expect((await orderState(finished.id)).status).toBe("pending")
        expect(await reserved()).toBe(before + 3)
        // Its buyer was never told of the cut-off order, so nobody is told it was canceled.
        expect(
          (await container.resolve(Modules.NOTIFICATION).listNotifications({ to: "terputus@uji.test" })).filter((notice) =>
            /dibatalkan/.test(String(notice.data?.subject))
          )
        ).toEqual([])

        expect(await recoverInterruptedCheckouts(container, new Date(createdAt + 4 * 60_000))).toEqual({
          canceledOrders: [],
          failed: [],
          releasedReservations: [],
        })
        expect(await reserved()).toBe(before + 3)
      })
    })
  },
  { seeded: true }
)
