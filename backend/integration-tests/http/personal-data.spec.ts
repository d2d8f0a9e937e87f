import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createHash, randomUUID } from "node:crypto"
import { coordinatorHeaders } from "../admin-auth"
import { backendTestRunner } from "../medusa-runner"
import { seededStore } from "../seeded-store"
import { storeCheckout } from "../store-checkout"
import { eventually, pickStockedVariant } from "../stripe/card-checkout"
import { SETTLEMENT_MODULE } from "../../src/modules/settlement"
import type SettlementModuleService from "../../src/modules/settlement/service"

type Headers = { headers: Record<string, string> }
type Response = { status: number; data: any; headers?: Record<string, string> }

const PASSWORD = "rahasia-pembeli-123"

backendTestRunner(
  ({ api, getContainer }) => {
    describe("personal data on request: a buyer's export and erasure, a producer's export", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)

      /** A buyer with an account, a saved address and an order paid by transfer, as a real one would have. */
      async function buyerWithAnOrder(email: string) {
        const registered = await api.post("/auth/customer/emailpass/register", { email, password: PASSWORD })
        const asNew = { headers: { ...store.headers, authorization: `Bearer ${registered.data.token}` } }
        await api.post("/store/customers", { email, first_name: "Siti", last_name: "Aminah", phone: "081234567891" }, asNew)
        const login = await api.post("/auth/customer/emailpass", { email, password: PASSWORD })
        const buyer = { headers: { ...store.headers, authorization: `Bearer ${login.data.token}` } }
        await api.post(
          "/store/customers/me/addresses",
          {
            first_name: "Siti",
            last_name: "Aminah",
            phone: "081234567891",
            address_1: "Jalan Melati 3",
            city: "Pacitan",
            postal_code: "63511",
            country_code: "id",
          },
          buyer
        )
        const picked = await pickStockedVariant(api, store, getContainer(), 2)
        const checkout = storeCheckout(api, store, regionId, "pp_bank-transfer_okoce")
        const cartId = await checkout.createCart([{ variant_id: picked.variantId, quantity: 1 }], email)
        const completed = await checkout.complete(cartId)
        expect(completed.data.type).toBe("order")
        return { orderId: completed.data.order.id as string, cartId }
      }

      beforeAll(async () => {
        ;({ store, admin, regionId } = await seededStore(getContainer(), api))
      })

      it("exports everything held about a buyer as JSON and as a page, then erases them: name, email, phone and addresses gone from account, login, carts, orders and messages, amounts and producers' books kept, every request on the record", async () => {
        const email = `siti.${randomUUID().slice(0, 6)}@contoh.id`
        const { orderId } = await buyerWithAnOrder(email)
        const settlement: SettlementModuleService = getContainer().resolve(SETTLEMENT_MODULE)
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        await eventually(async () => (await notifications.listNotifications({ to: email })).length > 0, "the order confirmation sent")
        // A message once addressed with capitals is theirs too, in the export as in the erasure.
        const [capitalised] = await notifications.createNotifications([
          { to: email.replace("siti", "Siti").replace("contoh", "Contoh"), channel: "email", template: "order-placed", data: {} },
        ])

        const exported = (await api.post("/admin/data-requests/buyer-export", { email: email.toUpperCase() }, admin)).data
        expect(exported.subject).toEqual({ type: "buyer", email })
        expect(exported.customers).toEqual([expect.objectContaining({ email, first_name: "Siti", phone: "081234567891" })])
        expect(exported.customers[0].addresses).toEqual([expect.objectContaining({ address_1: "Jalan Melati 3" })])
        expect(exported.orders).toEqual([expect.objectContaining({ id: orderId, shipping_address: expect.objectContaining({ address_1: "Jalan Melati 3" }) })])
        expect(exported.orders[0].items).toEqual([expect.objectContaining({ quantity: 1, title: expect.any(String) })])
        expect(exported.carts.length).toBeGreaterThanOrEqual(1)
        expect(exported.notifications.length).toBeGreaterThanOrEqual(2)
        expect(exported.notifications.map((notification: { id: string }) => notification.id)).toContain(capitalised.id)
        const page = await call(api.post("/admin/data-requests/buyer-export", { email, format: "html" }, { ...admin, responseType: "text" }))
        expect(page.status).toBe(200)
        expect(page.data).toContain("<h2>Pesanan (1)</h2>")
        expect(page.data).toContain("Jalan Melati 3")

        const { data: before } = await api.get(`/admin/orders/${orderId}?fields=total,items.total`, admin)
        const ledgerBefore = await settlement.listSettlementEntries({ order_id: orderId })
        const erased = await call(api.post("/admin/data-requests/buyer-erasure", { email, reason: "Surat permintaan pembeli, 6 Desember 2026" }, admin))
        expect(erased.status).toBe(200)
        expect(erased.data.erased).toMatchObject({ customers: 1, logins: 1, orders: 1 })
        expect(erased.data.erased.carts).toBeGreaterThanOrEqual(1)
        expect(erased.data.erased.notifications).toBeGreaterThanOrEqual(2)

        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [order],
        } = await query.graph({
          entity: "order",
          fields: [
            "email",
            "total",
            "items.total",
            "shipping_address.first_name",
            "shipping_address.address_1",
            "shipping_address.phone",
            "shipping_address.city",
          ],
          filters: { id: orderId },
        })
        expect(order.email).toMatch(/^terhapus-[a-z0-9]+@pasardesa\.invalid$/)
        expect(order.shipping_address).toMatchObject({ first_name: "Terhapus", address_1: "Terhapus", phone: "", city: "Pacitan" })
        expect(Number(order.total)).toBe(Number(before.order.total))
        expect(await settlement.listSettlementEntries({ order_id: orderId })).toEqual(ledgerBefore)
        expect((await call(api.post("/auth/customer/emailpass", { email, password: PASSWORD }))).status).toBe(401)
        expect(await notifications.listNotifications({ to: email })).toEqual([])
        const after = (await api.post("/admin/data-requests/buyer-export", { email }, admin)).data
        expect({ customers: after.customers, orders: after.orders, carts: after.carts, notifications: after.notifications }).toEqual({
          customers: [],
          orders: [],
          carts: [],
          notifications: [],
        })
        // Erasing again finds nothing more to change.
        expect((await api.post("/admin/data-requests/buyer-erasure", { email, reason: "Diulang oleh koordinator" }, admin)).data.erased).toMatchObject({
          customers: 0,
          orders: 0,
          carts: 0,
        })

        const { data: record } = await api.get("/admin/data-requests?limit=10", admin)
        const hash = createHash("sha256").update(email).digest("hex")
        const mine = (record.data_requests as Array<{ kind: string; subject_hash: string; subject_label: string; requested_by_name: string }>).filter(
          (request) => request.subject_hash === hash
        )
        expect(mine.map((request) => request.kind).sort()).toEqual(["erasure", "erasure", "export", "export", "export"])
        expect(mine[0]).toMatchObject({ subject_label: `s***@contoh.id`, requested_by_name: "koordinator@test.local" })
        expect(JSON.stringify(record)).not.toContain(email)
      })

      it("exports a producer's profile, products, orders and books", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [producer],
        } = await query.graph({ entity: "producer", fields: ["id", "owner_name", "whatsapp"], filters: {}, pagination: { take: 1 } })
        const { data } = await api.post("/admin/data-requests/producer-export", { producer_id: producer.id }, admin)
        expect(data.producer).toMatchObject({ id: producer.id, owner_name: producer.owner_name, whatsapp: producer.whatsapp })
        expect(Array.isArray(data.products)).toBe(true)
        expect(data).toHaveProperty("settlement")
        expect(data).toHaveProperty("payout_account")
        expect((await call(api.post("/admin/data-requests/producer-export", { producer_id: "prdc_tidakada" }, admin))).status).toBe(404)
      })

      it("keeps data requests to the head coordinator and refuses what is not one, in Indonesian", async () => {
        const local = await coordinatorHeaders(getContainer(), api, `kec-${randomUUID().slice(0, 6)}@test.local`, { role: "kecamatan", kecamatan_ids: [] })
        for (const [path, body] of [
          ["/admin/data-requests/buyer-export", { email: "a@contoh.id" }],
          ["/admin/data-requests/buyer-erasure", { email: "a@contoh.id", reason: "uji coba" }],
          ["/admin/data-requests/producer-export", { producer_id: "prdc_x" }],
        ] as const) {
          expect((await call(api.post(path, body, local))).status).toBe(403)
        }
        expect((await call(api.get("/admin/data-requests", local))).status).toBe(403)
        const refusals = await Promise.all([
          call(api.post("/admin/data-requests/buyer-erasure", { email: "a@contoh.id" }, admin)),
          call(api.post("/admin/data-requests/buyer-erasure", { email: "bukan-email", reason: "Surat pembeli" }, admin)),
          call(api.post("/admin/data-requests/buyer-export", { email: "a@contoh.id", format: "pdf" }, admin)),
        ])
        for (const refusal of refusals) expect(refusal.status).toBe(400)
        expect(refusals[0].data.message).toContain("reason")
      })
    })
  },
  { seeded: true }
)
