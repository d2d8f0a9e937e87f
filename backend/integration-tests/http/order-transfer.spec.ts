import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { requestOrderTransferWorkflow } from "@medusajs/medusa/core-flows"
import { backendTestRunner } from "../medusa-runner"
import { customerHeaders, producerHeaders, type Headers } from "../producer-fixtures"
import { storeCheckout } from "../store-checkout"
import { seededStore } from "../seeded-store"
import { cancelUnpaidTransfers } from "../../src/lib/order/cancel-unpaid-transfers"

type Response = { status: number; data: any }
const HOUR = 3_600_000

backendTestRunner(
  ({ api, getContainer }) => {
    describe("order transfers: a buyer cannot start one, and a pending one never holds an order up", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      /** A signed-in buyer with an account, who does not own the orders below. */
      let stranger: Headers & { customerId: string }
      /** A producer's product with stock at the producer's own location, and the producer signed in. */
      let pick: { variantId: string; inventoryItemId: string; locationId: string; auth: Headers }

      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
      const reserved = async () => {
        const [row] = await getContainer()
          .resolve(Modules.INVENTORY)
          .listInventoryLevels({ inventory_item_id: pick.inventoryItemId, location_id: pick.locationId })
        return Number(row.reserved_quantity)
      }
      const activeChanges = async (orderId: string) =>
        getContainer()
          .resolve(Modules.ORDER)
          .listOrderChanges({ order_id: orderId, status: ["pending", "requested"] } as any)
      const placeOrder = (provider = "pp_cod_okoce") => storeCheckout(api, store, regionId, provider).placeOrder([{ variant_id: pick.variantId, quantity: 2 }])

      /** What a buyer could leave behind through Medusa's own route before it was refused: a transfer request awaiting the owner's answer. */
      async function pendingTransfer(orderId: string) {
        await requestOrderTransferWorkflow(getContainer()).run({
          input: { order_id: orderId, customer_id: stranger.customerId, logged_in_user: stranger.customerId },
        })
        expect(await activeChanges(orderId)).toHaveLength(1)
      }

      async function partOf(displayId: number) {
        for (let attempt = 0; attempt < 100; attempt++) {
          const { data } = await api.get("/producer/orders?limit=50", pick.auth)
          const part = data.orders.find((row: { order: { display_id: number } }) => row.order.display_id === displayId)
          if (part) return part
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        throw new Error(`no part of order ${displayId} reached the producer`)
      }

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin, regionId } = await seededStore(container, api))
        const buyer = await customerHeaders(container, api, "orang-lain@uji.test")
        const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ email: "orang-lain@uji.test", has_account: true })
        stranger = { headers: { ...buyer.headers, "x-publishable-api-key": store.headers["x-publishable-api-key"] }, customerId: customer.id }

        const { data } = await api.get("/store/products?limit=200&fields=id,variants.id", store)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        for (const product of data.products) {
          const { data: rows } = await query.graph({
            entity: "product",
            fields: ["producer.id", "producer.stock_location.id", "variants.id", "variants.manage_inventory", "variants.inventory_items.inventory_item_id"],
            filters: { id: product.id },
          })
          const [row] = rows as any[]
          const variant = row.variants[0]
          if (!row.producer?.stock_location || !variant.manage_inventory) continue
          const [level] = await container
            .resolve(Modules.INVENTORY)
            .listInventoryLevels({ inventory_item_id: variant.inventory_items[0].inventory_item_id, location_id: row.producer.stock_location.id })
          if (!level || Number(level.stocked_quantity) - Number(level.reserved_quantity) < 10) continue
          const auth = await producerHeaders(container, api, "produsen@uji.test", row.producer.id)
          pick = { variantId: variant.id, inventoryItemId: variant.inventory_items[0].inventory_item_id, locationId: row.producer.stock_location.id, auth }
          break
        }
        expect(pick).toBeDefined()
      })

      it("refuses a buyer's transfer request for someone else's order in Indonesian, and leaves the order free", async () => {
        const order = await placeOrder()
        const requested = await call(api.post(`/store/orders/${order.id}/transfer/request`, {}, stranger))
        expect(requested.status).toBe(400)
        expect(requested.data.message).toMatch(/tidak bisa dipindahkan/)
        for (const step of ["accept", "decline", "cancel"]) {
          const answered = await call(api.post(`/store/orders/${order.id}/transfer/${step}`, { token: "x" }, stranger))
          expect(answered.status, step).toBe(400)
          expect(answered.data.message).toMatch(/tidak bisa dipindahkan/)
        }
        expect(await activeChanges(order.id)).toHaveLength(0)
      })

      it("lets the producer accept and pack an order that has a pending transfer request", async () => {
        const order = await placeOrder()
        await pendingTransfer(order.id)
        const part = await partOf(order.display_id)
        for (const status of ["accepted", "packed"]) {
          const moved = await call(api.post(`/producer/orders/${part.id}/status`, { status }, pick.auth))
          expect(moved.status, JSON.stringify(moved.data)).toBe(200)
        }
        const { data } = await api.get(`/admin/orders/${order.id}?fields=id,fulfillments.location_id`, admin)
        expect(data.order.fulfillments).toEqual([expect.objectContaining({ location_id: pick.locationId })])
        expect(await activeChanges(order.id)).toHaveLength(0)
      })

      it("lets a coordinator cancel an order that has a pending transfer request, and puts its stock back on sale", async () => {
        const before = await reserved()
        const order = await placeOrder()
        await pendingTransfer(order.id)
        expect(await reserved()).toBe(before + 2)
        const canceled = await call(api.post(`/admin/orders/${order.id}/cancel`, {}, admin))
        expect(canceled.status, JSON.stringify(canceled.data)).toBe(200)
        expect(canceled.data.order.status).toBe("canceled")
        expect(await reserved()).toBe(before)
      })

      it("cancels an overdue bank transfer that has a pending transfer request, and puts its stock back on sale", async () => {
        const before = await reserved()
        const order = await placeOrder("pp_bank-transfer_okoce")
        await pendingTransfer(order.id)
        const { data } = await api.get(`/admin/orders/${order.id}?fields=created_at`, admin)
        const late = await cancelUnpaidTransfers(getContainer(), new Date(new Date(data.order.created_at).getTime() + 25 * HOUR), 24)
        expect(late).toEqual({ canceled: [order.id], failed: [] })
        expect((await api.get(`/admin/orders/${order.id}?fields=status`, admin)).data.order.status).toBe("canceled")
        expect(await reserved()).toBe(before)
      })
    })
  },
  { seeded: true }
)
