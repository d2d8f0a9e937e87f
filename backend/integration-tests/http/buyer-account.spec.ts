import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { backendTestRunner } from "../medusa-runner"
import { asOrdersBuyer } from "../order-reader"
import { customerHeaders, producerHeaders, type Headers } from "../producer-fixtures"
import { seededStore } from "../seeded-store"
import { storeCheckout } from "../store-checkout"
import { pickStockedVariant, stockOf, type StockedVariant } from "../stripe/card-checkout"
import { orderAccessKey, orderAccessSecret } from "../../src/lib/order/order-access-key"

backendTestRunner(
  ({ api, getContainer }) => {
    describe("a buyer's own order and account: the key of its link, cancelling while unpaid, a forgotten password", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      let stocked: StockedVariant
      let producer: Headers
      const call = (promise: Promise<{ status: number; data: any }>) => promise.catch((error) => error.response as { status: number; data: any })
      const keyOf = (orderId: string) => orderAccessKey(orderId, orderAccessSecret(getContainer()))
      const progressOf = async (orderId: string) =>
        (await api.get(`/store/orders/${orderId}/progress`, asOrdersBuyer(store, orderId, getContainer()))).data.progress

      /** A bank-transfer order of one unit, and the cart it was made from. */
      async function placeTransferOrder(headers = store) {
        const checkout = storeCheckout(api, headers, regionId, "pp_bank-transfer_okoce")
        const cartId = await checkout.createCart([{ variant_id: stocked.variantId, quantity: 1 }])
        const completed = await checkout.complete(cartId)
        expect(completed.data.type).toBe("order")
        return { cartId, order: completed.data.order as { id: string; display_id: number } }
      }

      beforeAll(async () => {
        ;({ store, admin, regionId } = await seededStore(getContainer(), api))
        stocked = await pickStockedVariant(api, store, getContainer(), 10)
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product_variant", fields: ["product.producer.id"], filters: { id: stocked.variantId } })
        producer = await producerHeaders(getContainer(), api, "produsen-batal@uji.test", data[0].product!.producer!.id)
      })

      /** The producer's part of an order, as their panel lists it, once the order.placed subscriber has made it. */
      async function producerPartOf(displayId: number) {
        for (let attempt = 0; attempt < 100; attempt++) {
          const { data } = await api.get("/producer/orders?limit=50", producer)
          const part = data.orders.find((row: { order: { display_id: number } }) => row.order.display_id === displayId)
          if (part) return part
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        throw new Error(`no part of order ${displayId} reached the producer`)
      }

      it("gives the key only to whoever proves to be the buyer: the order's cart, its signed-in customer, or the key itself", async () => {
        const { cartId, order } = await placeTransferOrder()
        const key = keyOf(order.id)
        expect((await api.post(`/store/orders/${order.id}/access-key`, { cart_id: cartId }, store)).data).toEqual({ key })
        expect((await api.post(`/store/orders/${order.id}/access-key`, { key }, store)).data).toEqual({ key })

        // Another buyer's cart, a wrong key, nothing at all, or a stranger's login: the same 404 as an unknown order.
        const { cartId: otherCart } = await placeTransferOrder()
        const stranger = await customerHeaders(getContainer(), api, "orang.lain@uji.test")
        const wrongKey = `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`
        for (const [body, headers] of [
          [{ cart_id: otherCart }, store],
          [{ key: wrongKey }, store],
          [{}, store],
          [{}, { headers: { ...store.headers, authorization: stranger.headers.authorization } }],
        ] as const) {
          const refused = await call(api.post(`/store/orders/${order.id}/access-key`, body, headers))
          expect(refused.status).toBe(404)
          expect(refused.data.message).toContain("tidak ditemukan")
        }
        expect((await call(api.post(`/store/orders/order_01UNKNOWN/access-key`, { key }, store))).status).toBe(404)
        const malformed = await call(api.post(`/store/orders/${order.id}/access-key`, { key: "pendek" }, store))
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toContain("kunci pesanan tidak sah")
      })

      it("shows an order, its progress and how to pay it only to its buyer: never to a producer or anyone else who knows its id", async () => {
        const buyer = await customerHeaders(getContainer(), api, "pembaca.pesanan@uji.test")
        const signedIn = { headers: { ...store.headers, authorization: buyer.headers.authorization } }
        const { order } = await placeTransferOrder(signedIn)
        await producerPartOf(order.display_id) // the producer's panel shows this order's id
        const stranger = await customerHeaders(getContainer(), api, "pengintip@uji.test")
        const reads = [`/store/orders/${order.id}`, `/store/orders/${order.id}/progress`, `/store/orders/${order.id}/payment-instructions`]
        for (const path of reads) {
          for (const headers of [
            store, // the id alone
            { headers: { ...store.headers, "x-order-key": keyOf("order_lain") } }, // another order's key
            { headers: { ...store.headers, authorization: producer.headers.authorization } }, // the producer of its goods
            { headers: { ...store.headers, authorization: stranger.headers.authorization } }, // another buyer
          ]) {
            const refused = await call(api.get(path, headers))
            expect(refused.status, `${path} ${JSON.stringify(headers.headers)}`).toBe(404)
            expect(refused.data.message).toBe(`Pesanan ${order.id} tidak ditemukan.`)
            expect(JSON.stringify(refused.data)).not.toContain("@")
          }
          // The key of its link, or its buyer signed in: the page has what it needs.
          expect((await api.get(path, { headers: { ...store.headers, "x-order-key": keyOf(order.id) } })).status).toBe(200)
          expect((await api.get(path, signedIn)).status).toBe(200)
        }
        const { data } = await api.get(`/store/orders/${order.id}?fields=email`, { headers: { ...store.headers, "x-order-key": keyOf(order.id) } })
        expect(data.order.email).toMatch(/@uji\.test$/)
      })

      it("gives a signed-in customer the key of their own order, and the confirmation mail links to the order with it", async () => {
        const buyer = await customerHeaders(getContainer(), api, "pemilik@uji.test")
        const signedIn = { headers: { ...store.headers, authorization: buyer.headers.authorization } }
        const { order } = await placeTransferOrder(signedIn)
        expect((await api.post(`/store/orders/${order.id}/access-key`, {}, signedIn)).data).toEqual({ key: keyOf(order.id) })

        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        let confirmation: any
        for (let waited = 0; !confirmation && waited < 5_000; waited += 100) {
          ;[confirmation] = (await notifications.listNotifications({ template: "buyer-order-placed" })).filter(
            (notice) => notice.data?.order_display_id === order.display_id
          )
          if (!confirmation) await new Promise((resolve) => setTimeout(resolve, 100))
        }
        expect(confirmation.data.order_path).toBe(`/pesanan/${order.id}?kunci=${keyOf(order.id)}`)
      })

      it("cancels an unpaid order with its key and a reason: its stock is free again, its page says who canceled and why, and a second tap changes nothing", async () => {
        const before = await stockOf(getContainer(), stocked.inventoryItemId)
        const { order } = await placeTransferOrder()
        expect((await stockOf(getContainer(), stocked.inventoryItemId)).reserved).toBe(before.reserved + 1)

        // Without the key (the id alone, as a producer sees it) or without a reason from the list: refused, nothing changes.
        const noKey = await call(api.post(`/store/orders/${order.id}/cancel`, { key: keyOf("order_lain"), reason: "changed_mind" }, store))
        expect(noKey.status).toBe(403)
        expect(noKey.data.message).toContain("Tautan pesanan ini tidak sah")
        const noReason = await call(api.post(`/store/orders/${order.id}/cancel`, { key: keyOf(order.id), reason: "bosan" }, store))
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toContain("pilih alasan pembatalan")
        expect((await progressOf(order.id)).canceled_at).toBeNull()

        const taps = await Promise.all(
          [0, 1].map(() => call(api.post(`/store/orders/${order.id}/cancel`, { key: keyOf(order.id), reason: "ordered_wrong" }, store)))
        )
        expect(taps.map((tap) => tap.status).sort()).toEqual([200, 409])
        expect(taps.find((tap) => tap.status === 409)!.data.message).toBe(`Pesanan #${order.display_id} sudah dibatalkan. / The order is already canceled.`)
        expect(taps.find((tap) => tap.status === 200)!.data.order).toMatchObject({ id: order.id, status: "canceled" })

        expect(await stockOf(getContainer(), stocked.inventoryItemId)).toEqual(before)
        const progress = await progressOf(order.id)
        expect(progress.canceled_at).not.toBeNull()
        expect(progress.cancellation).toEqual({ by: "buyer", reason: "ordered_wrong" })
        expect(progress.parts[0].steps.at(-1).step).toBe("canceled")

        // The producer's panel says the buyer canceled, and why: they know not to pack it, nor to wait for the money.
        expect((await producerPartOf(order.display_id)).order).toMatchObject({ canceled: true, cancellation: { by: "buyer", reason: "ordered_wrong" } })
      })

      it("sends a buyer who forgot their password a single-use link to the storefront's page, and nothing for an unknown email", async () => {
        await customerHeaders(getContainer(), api, "lupa@uji.test")
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const resetTo = async (email: string) => {
          for (let attempt = 0; attempt < 30; attempt++) {
            const [sent] = await notifications.listNotifications({ to: email, template: "buyer-password-reset" })
            if (sent) return sent.data as { token: string; reset_path: string }
            await new Promise((resolve) => setTimeout(resolve, 100))
          }
          return null
        }
        for (const identifier of ["lupa@uji.test", "tidak-terdaftar@uji.test"]) {
          expect((await api.post("/auth/customer/emailpass/reset-password", { identifier })).status).toBe(201)
        }
        const sent = await resetTo("lupa@uji.test")
        expect(sent!.reset_path).toBe(`/akun/atur-ulang-sandi?token=${encodeURIComponent(sent!.token)}&email=lupa%40uji.test`)
        expect(await resetTo("tidak-terdaftar@uji.test")).toBeNull()

        const update = () =>
          call(api.post("/auth/customer/emailpass/update", { password: "sandi-baru-pembeli" }, { headers: { authorization: `Bearer ${sent!.token}` } }))
        expect((await update()).status).toBe(200)
        expect((await call(api.post("/auth/customer/emailpass", { email: "lupa@uji.test", password: "sandi-baru-pembeli" }))).status).toBe(200)
        // Used once: the same link cannot set another password.
        expect((await update()).status).toBe(401)
      })

      it("refuses to cancel an order once it is paid, and says a coordinator's cancellation was the centre's", async () => {
        const { order } = await placeTransferOrder()
        const { data } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id`, admin)
        await api.post(`/admin/payments/${data.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
        const paid = await call(api.post(`/store/orders/${order.id}/cancel`, { key: keyOf(order.id), reason: "changed_mind" }, store))
        expect(paid.status).toBe(409)
        expect(paid.data.message).toContain("sudah dibayar")
        expect((await progressOf(order.id)).canceled_at).toBeNull()

        const { order: other } = await placeTransferOrder()
        expect((await api.post(`/admin/orders/${other.id}/cancel`, {}, admin)).status).toBe(200)
        expect((await progressOf(other.id)).cancellation).toEqual({ by: "centre" })
        expect((await producerPartOf(other.display_id)).order.cancellation).toEqual({ by: "centre" })
        expect((await producerPartOf(order.display_id)).order).toMatchObject({ canceled: false, cancellation: null })
        expect((await progressOf(order.id)).cancellation).toBeNull()
      })
    })
  },
  { seeded: true }
)
