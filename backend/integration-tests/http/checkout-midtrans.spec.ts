import { backendTestRunner } from "../medusa-runner"
import { asOrdersBuyer } from "../order-reader"
import { fakeMidtransForThisFile } from "../midtrans/fake-midtrans"
import { eventually, orderOfCart, pickStockedVariant, reservationsOfLines, settle, stockOf, type StockedVariant } from "../stripe/card-checkout"
import { seededStore } from "../seeded-store"
import { storeCheckout } from "../store-checkout"
import { MIDTRANS_PROVIDER_ID } from "../../src/lib/payment-config"
import { reconcileMidtransOrders } from "../../src/lib/order/reconcile-midtrans"
import { SETTLEMENT_MODULE } from "../../src/modules/settlement"
import type SettlementModuleService from "../../src/modules/settlement/service"

type Headers = { headers: Record<string, string> }

/** Keys the backend and the fake share; neither is a real Midtrans key. */
const KEYS = { serverKey: "SB-Mid-server-fake-pasar-desa", clientKey: "SB-Mid-client-fake-pasar-desa" }
const fake = await fakeMidtransForThisFile(KEYS)

backendTestRunner(
  ({ api, getContainer }) => {
    describe("paying by QRIS, virtual account or e-wallet through Midtrans Snap", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      let picked: StockedVariant
      let backendUrl: string
      const checkout = () => storeCheckout(api, store, regionId, MIDTRANS_PROVIDER_ID)
      const stock = () => stockOf(getContainer(), picked.inventoryItemId)

      /** A cart of `quantity` units with its Midtrans session (the Snap transaction at the fake), ready to complete. */
      async function cartWithSnap(quantity = 1) {
        const cartId = await checkout().createCart([{ variant_id: picked.variantId, quantity }])
        await checkout().prepare(cartId)
        const session = await checkout().startPayment(cartId, MIDTRANS_PROVIDER_ID)
        return { cartId, session, orderId: session.data.order_id as string }
      }

      async function placeOrder(quantity = 1) {
        const started = await cartWithSnap(quantity)
        const completed = await checkout().submit(started.cartId)
        expect(completed.data.type).toBe("order")
        return { ...started, order: completed.data.order as { id: string; items: Array<{ id: string }> } }
      }

      const instructionsOf = async (orderId: string) =>
        (await api.get(`/store/orders/${orderId}/payment-instructions`, asOrdersBuyer(store, orderId, getContainer()))).data.payment

      const capturesOf = async (cartId: string) =>
        (await orderOfCart(getContainer(), cartId))?.payment_collections[0]?.payments.flatMap((payment) => payment.captures) ?? []

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin, regionId } = await seededStore(container, api))
        await api.post(`/admin/regions/${regionId}`, { payment_providers: ["pp_bank-transfer_okoce", "pp_cod_okoce", MIDTRANS_PROVIDER_ID] }, admin)
        picked = await pickStockedVariant(api, store, container, 10)
        backendUrl = (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL
      })

      it("opens a Snap transaction for the cart's total, listing its lines as the cart has them, whatever the buyer sends", async () => {
        const cartId = await checkout().createCart([{ variant_id: picked.variantId, quantity: 3 }])
        await checkout().prepare(cartId)
        const { data } = await api.post("/store/payment-collections", { cart_id: cartId }, store)
        const collectionId = data.payment_collection.id
        // A buyer who sends their own lines (one rupiah for everything) is not believed.
        await api.post(
          `/store/payment-collections/${collectionId}/payment-sessions`,
          { provider_id: MIDTRANS_PROVIDER_ID, data: { items: [{ id: "x", name: "Gratis", price: 1, quantity: 1 }] } },
          store
        )
        const { cart } = (
          await api.get(`/store/carts/${cartId}?fields=total,items.title,items.unit_price,items.quantity,payment_collection.payment_sessions.*`, store)
        ).data
        const session = cart.payment_collection.payment_sessions[0]
        const request = fake.snapRequests.find((sent) => sent.transaction_details.order_id === session.data.order_id)!
        expect(request.transaction_details.gross_amount).toBe(cart.total)
        expect(request.item_details!.reduce((sum, item) => sum + item.price * item.quantity, 0)).toBe(cart.total)
        expect(request.item_details![0]).toMatchObject({ price: cart.items[0].unit_price, quantity: 3 })
        expect(request.item_details![0].name).toContain(cart.items[0].title)
        expect(session.data.redirect_url).toMatch(new RegExp(`^${fake.url}/snap/v4/redirection/`))
      })

      it("places the order with its payment pending and the stock held, captures it once Midtrans confirms the payment, and a notification sent twice changes nothing more", async () => {
        const before = await stock()
        const { cartId, orderId, order, session } = await placeOrder(2)
        expect((await stock()).reserved).toBe(before.reserved + 2)
        expect(await capturesOf(cartId)).toEqual([])
        // The confirmation page sends the buyer to Snap's page to pay.
        expect(await instructionsOf(order.id)).toMatchObject({
          method: "midtrans",
          paid: false,
          canceled: false,
          pay_url: session.data.redirect_url,
          hours_to_pay: 24,
        })

        fake.pay(orderId, "qris")
        const notification = fake.notification(orderId)
        expect((await fake.deliver(notification, backendUrl)).status).toBe(200)
        await eventually(async () => (await capturesOf(cartId)).length === 1, "the payment captured")
        expect((await fake.deliver(notification, backendUrl)).status).toBe(200)
        await settle()
        expect(await capturesOf(cartId)).toHaveLength(1)
        expect((await orderOfCart(getContainer(), cartId))!.status).toBe("pending")
        expect(
          await reservationsOfLines(
            getContainer(),
            order.items.map((item) => item.id)
          )
        ).toHaveLength(1)
        expect(await instructionsOf(order.id)).toMatchObject({ paid: true })
        // The money Midtrans took is owed to the producer: their ledger has the sale.
        const settlement: SettlementModuleService = getContainer().resolve(SETTLEMENT_MODULE)
        await eventually(async () => (await settlement.listSettlementEntries({ order_id: order.id, kind: "sale" })).length === 1, "the producer credited")
      })

      it("closes the Snap transaction of an order a coordinator cancels before it is paid, so its QR code takes no money, and stops offering to pay", async () => {
        const before = await stock()
        const { orderId, order } = await placeOrder()
        fake.choose(orderId, "qris")
        expect((await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)).status).toBe(200)
        await eventually(async () => fake.status(orderId) === "expire", "the Snap transaction closed")
        expect(await instructionsOf(order.id)).toEqual(expect.objectContaining({ method: "midtrans", canceled: true }))
        expect((await instructionsOf(order.id)).pay_url).toBeUndefined()
        expect(await stock()).toEqual(before)
      })

      it("refuses a notification not signed with the server key with 400, and believes no status a signed one claims that Midtrans does not confirm", async () => {
        const { cartId, orderId } = await placeOrder()
        fake.choose(orderId, "bank_transfer")
        const pending = fake.notification(orderId)

        const forged = await fake.deliver({ ...pending, transaction_status: "settlement", signature_key: "0".repeat(128) }, backendUrl)
        expect(forged.status).toBe(400)
        expect(JSON.parse(forged.body).message).toBe("Tanda tangan notifikasi Midtrans tidak sah")
        const unsigned = await fake.deliver({ ...pending, signature_key: undefined }, backendUrl)
        expect(unsigned.status).toBe(400)

        // The signature covers order id, status code and amount, not the status: a pending notification
        // claiming settlement passes the signature, and the status API says it is still pending.
        expect((await fake.deliver({ ...pending, transaction_status: "settlement" }, backendUrl)).status).toBe(200)
        await settle()
        expect(await capturesOf(cartId)).toEqual([])
        expect((await orderOfCart(getContainer(), cartId))!.status).toBe("pending")
      })

      it("cancels the order and gives its stock back, once, when the time to pay runs out", async () => {
        const before = await stock()
        const { cartId, orderId, order } = await placeOrder(3)
        expect((await stock()).reserved).toBe(before.reserved + 3)
        fake.choose(orderId, "bank_transfer")
        fake.expire(orderId)
        const expired = fake.notification(orderId)
        expect((await fake.deliver(expired, backendUrl)).status).toBe(200)
        await eventually(async () => (await orderOfCart(getContainer(), cartId))?.status === "canceled", "the order canceled")
        expect(await stock()).toEqual(before)
        expect(
          await reservationsOfLines(
            getContainer(),
            order.items.map((item) => item.id)
          )
        ).toEqual([])
        // Midtrans sends it again (a retry after a slow answer): nothing changes.
        await fake.deliver({ ...expired }, backendUrl)
        await settle()
        expect(await stock()).toEqual(before)
      })

      it("asks Midtrans about every order still waiting: captures one paid whose notification never came, cancels one Midtrans expired, closes and cancels one past its time to pay, and keeps one within it", async () => {
        const before = await stock()
        const paid = await placeOrder()
        fake.pay(paid.orderId, "qris")
        const lapsed = await placeOrder()
        fake.choose(lapsed.orderId, "bank_transfer")
        fake.expire(lapsed.orderId)
        const late = await placeOrder()
        fake.choose(late.orderId, "qris")
        const neverOpened = await placeOrder()
        const onTime = await placeOrder()
        fake.choose(onTime.orderId, "qris")

        const soon = await reconcileMidtransOrders(getContainer(), new Date())
        expect(soon.captured).toContain(paid.order.id)
        expect(soon.canceled).toContain(lapsed.order.id)
        expect([...soon.captured, ...soon.canceled]).not.toEqual(expect.arrayContaining([late.order.id]))
        expect(await capturesOf(paid.cartId)).toHaveLength(1)
        expect((await orderOfCart(getContainer(), lapsed.cartId))!.status).toBe("canceled")

        // A day and two hours later, the two never paid are past their time and its grace.
        const later = await reconcileMidtransOrders(getContainer(), new Date(Date.now() + 26 * 3_600_000))
        expect(later.canceled).toEqual(expect.arrayContaining([late.order.id, neverOpened.order.id, onTime.order.id]))
        expect(fake.status(late.orderId)).toBe("expire")
        for (const gone of [late, neverOpened]) expect((await orderOfCart(getContainer(), gone.cartId))!.status).toBe("canceled")
        expect(await capturesOf(paid.cartId)).toHaveLength(1)
        // Only the paid order keeps its unit.
        expect((await stock()).reserved).toBe(before.reserved + 1)
        expect(await reconcileMidtransOrders(getContainer(), new Date(Date.now() + 26 * 3_600_000))).toMatchObject({ captured: [], canceled: [], failed: [] })
      })

      it("refunds only the part a coordinator asks for, records money given back in Midtrans' dashboard as the order's refund, once, and takes it off the producer's ledger", async () => {
        const { cartId, orderId, order } = await placeOrder(2)
        fake.pay(orderId, "gopay")
        await fake.deliver(fake.notification(orderId), backendUrl)
        await eventually(async () => (await capturesOf(cartId)).length === 1, "the payment captured")
        const refundsOf = async () =>
          (await orderOfCart(getContainer(), cartId))!.payment_collections[0]!.payments.flatMap((payment) => payment.refunds ?? []).map((refund) =>
            Number(refund.amount)
          )
        const settlement: SettlementModuleService = getContainer().resolve(SETTLEMENT_MODULE)
        const debited = async () =>
          (await settlement.listSettlementEntries({ order_id: order.id, kind: "refund" })).reduce((sum, entry) => sum - entry.amount, 0)
        const [sale] = await eventually(async () => {
          const found = await settlement.listSettlementEntries({ order_id: order.id, kind: "sale" })
          return found.length ? found : undefined
        }, "the sale credited")

        // A coordinator refunds part in the admin: Midtrans is asked for that part, not the whole payment.
        const paymentId = (await orderOfCart(getContainer(), cartId))!.payment_collections[0]!.payments[0]!.id
        expect((await api.post(`/admin/payments/${paymentId}/refund`, { amount: 3000 }, admin)).status).toBe(200)
        expect(fake.refundRequests.filter((request) => request.order_id === orderId)).toEqual([{ order_id: orderId, amount: 3000 }])
        expect(await refundsOf()).toEqual([3000])

        fake.refundInDashboard(orderId, 5000)
        const partly = fake.notification(orderId)
        expect(partly.transaction_status).toBe("partial_refund")
        expect((await fake.deliver(partly, backendUrl)).status).toBe(200)
        await eventually(async () => (await refundsOf()).length === 2, "the refund recorded")
        expect((await refundsOf()).sort()).toEqual([3000, 5000])
        await eventually(async () => (await debited()) > 0, "the refund debited")
        // Replayed (a new delivery id, so past the route's dedupe): the workflow finds nothing missing.
        await fake.deliver({ ...partly }, backendUrl)
        await settle()
        expect(await refundsOf()).toHaveLength(2)

        const total = Number(partly.gross_amount)
        fake.refundInDashboard(orderId, total - 8000)
        expect((await fake.deliver(fake.notification(orderId), backendUrl)).status).toBe(200)
        await eventually(async () => (await refundsOf()).length === 3, "the rest recorded")
        expect((await refundsOf()).reduce((sum, amount) => sum + amount, 0)).toBe(total)
        // The shop never asked Midtrans to refund what was already given back there.
        expect(fake.refundRequests.filter((request) => request.order_id === orderId)).toEqual([{ order_id: orderId, amount: 3000 }])
        await eventually(async () => (await debited()) === sale.amount, "the whole sale taken back")
      })

      it("makes one order when the payment is confirmed while the buyer taps Pesan", async () => {
        const { cartId, orderId } = await cartWithSnap()
        fake.pay(orderId, "gopay")
        const [, tapped] = await Promise.all([fake.deliver(fake.notification(orderId), backendUrl), checkout().submit(cartId)])
        await settle()
        const order = await orderOfCart(getContainer(), cartId)
        const again = await checkout().submit(cartId)
        expect(tapped.data.type === "order" ? tapped.data.order.id : order!.id).toBe(order!.id)
        expect(again.data.order.id).toBe(order!.id)
        await eventually(async () => (await capturesOf(cartId)).length === 1, "the payment captured")
      })
    })
  },
  { seeded: true }
)
