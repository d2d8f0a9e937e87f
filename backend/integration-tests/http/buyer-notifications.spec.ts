import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { backendTestRunner } from "../medusa-runner"
import { asOrdersBuyer } from "../order-reader"
import type { Headers } from "../producer-fixtures"
import { storeCheckout } from "../store-checkout"
import { seededStore } from "../seeded-store"
import { cancelUnpaidTransfers } from "../../src/lib/order/cancel-unpaid-transfers"

const HOUR = 3_600_000

backendTestRunner(
  ({ api, getContainer }) => {
    describe("the buyer hears of their order: its confirmation when placed, and a cancellation whoever made it", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      let line: Array<{ variant_id: string; quantity: number }>

      /** The notices of one template about one order, once the subscriber has had its chance (polled: events run after the answer). */
      async function noticesAbout(template: string, displayId: number, settleMs = 0) {
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const read = async () => (await notifications.listNotifications({ template })).filter((notice) => notice.data?.order_display_id === displayId)
        for (let waited = 0; waited < 5_000; waited += 100) {
          const found = await read()
          if (found.length && waited >= settleMs) return found
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        return read()
      }

      beforeAll(async () => {
        ;({ store, admin, regionId } = await seededStore(getContainer(), api))
        const { data } = await api.get("/store/products?limit=50&fields=id,variants.id,variants.inventory_quantity,variants.manage_inventory", store)
        const variant = data.products.flatMap((product: any) => product.variants).find((entry: any) => entry.manage_inventory && entry.inventory_quantity >= 10)
        line = [{ variant_id: variant.id, quantity: 1 }]
      })

      it("sends the confirmation of a bank-transfer order once, with its lines, total, the account, the reference and the time to pay by", async () => {
        const order = await storeCheckout(api, store, regionId, "pp_bank-transfer_okoce").placeOrder(line)
        const { data: instructions } = await api.get(`/store/orders/${order.id}/payment-instructions`, asOrdersBuyer(store, order.id, getContainer()))
        const [notice, ...more] = await noticesAbout("buyer-order-placed", order.display_id)
        expect(more).toEqual([])
        const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=email,total,items.title`, admin)
        expect(notice).toMatchObject({
          to: placed.order.email,
          channel: "email",
          data: {
            order_display_id: order.display_id,
            // The order's page with the key of its link (buyer-account.spec.ts checks the key itself).
            order_path: expect.stringMatching(new RegExp(`^/pesanan/${order.id}\\?kunci=[A-Za-z0-9_-]{32}$`)),
            lines: [expect.objectContaining({ title: placed.order.items[0].title, quantity: 1 })],
          },
        })
        const message = notice.data!.message as string
        const total = `Rp ${new Intl.NumberFormat("id-ID").format(placed.order.total)}`
        expect(message).toContain(`Transfer tepat ${total} ke ${instructions.payment.account.bank} ${instructions.payment.account.number}`)
        expect(message).toContain(`dengan berita ${instructions.payment.reference}`)
        expect(message).toMatch(/sebelum \d{1,2} \w+ \d{4}.* WIB/)
        expect(message).toContain(`Transfer exactly ${total}`)

        // A redelivered order.placed sends nothing twice.
        await getContainer()
          .resolve(Modules.EVENT_BUS)
          .emit({ name: "order.placed", data: { id: order.id } })
        expect(await noticesAbout("buyer-order-placed", order.display_id, 1_000)).toHaveLength(1)
      })

      it("tells a cash-on-delivery buyer to pay in cash, and a buyer whose order a coordinator canceled that nothing was charged", async () => {
        const order = await storeCheckout(api, store, regionId, "pp_cod_okoce").placeOrder(line)
        const [confirmation] = await noticesAbout("buyer-order-placed", order.display_id)
        expect(confirmation.data!.message).toMatch(/Bayar tunai Rp [\d.]+ (kepada kurir saat pesanan tiba|saat mengambil pesanan)\./)

        expect((await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)).status).toBe(200)
        const [canceled, ...more] = await noticesAbout("buyer-order-canceled", order.display_id)
        expect(more).toEqual([])
        expect(canceled.data).toMatchObject({ order_display_id: order.display_id, subject: expect.stringContaining("dibatalkan") })
        expect(canceled.data!.message).toContain(`Pesanan #${order.display_id}`)
        expect(canceled.data!.message).toContain("Tidak ada uang yang ditarik.")
      })

      it("sends a transfer canceled for want of payment only its own message, which says why", async () => {
        const order = await storeCheckout(api, store, regionId, "pp_bank-transfer_okoce").placeOrder(line)
        const { data } = await api.get(`/admin/orders/${order.id}?fields=created_at`, admin)
        const result = await cancelUnpaidTransfers(getContainer(), new Date(new Date(data.order.created_at).getTime() + 25 * HOUR), 24)
        expect(result.canceled).toContain(order.id)
        expect(await noticesAbout("order-canceled-unpaid", order.display_id)).toHaveLength(1)
        // order.canceled reached the buyer's subscriber too: it stays silent rather than send a second email.
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        expect((await query.graph({ entity: "order", fields: ["status"], filters: { id: order.id } })).data[0].status).toBe("canceled")
        expect(await noticesAbout("buyer-order-canceled", order.display_id, 1_500)).toEqual([])
      })
    })
  },
  { seeded: true }
)
