import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { SETTLEMENT_MODULE } from "../../src/modules/settlement"
import type SettlementModuleService from "../../src/modules/settlement/service"
import { backendTestRunner } from "../medusa-runner"
import { asOrdersBuyer } from "../order-reader"
import { producerHeaders, type Headers } from "../producer-fixtures"
import { storeCheckout } from "../store-checkout"
import { seededStore } from "../seeded-store"

type Response = { status: number; data: any }
type Pick = { producerId: string; variantId: string; inventoryItemId: string; locationId: string; title: string }

backendTestRunner(
  ({ api, getContainer }) => {
    describe("producers' parts of buyers' orders", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      /** Two producers with a product in stock each, signed in to their panels. */
      let a: Pick & { auth: Headers }
      let b: Pick & { auth: Headers }
      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
      const get = (url: string, auth: Headers) => call(api.get(url, auth))
      const post = (url: string, body: unknown, auth: Headers) => call(api.post(url, body, auth))
      const placeOrder = (lines: Array<{ variant_id: string; quantity: number }>) => storeCheckout(api, store, regionId).placeOrder(lines)

      /** The producer's part of an order, once the order.placed subscriber has made it. */
      async function partOf(auth: Headers, displayId: number) {
        for (let attempt = 0; attempt < 100; attempt++) {
          const { data } = await api.get("/producer/orders?limit=50", auth)
          const part = data.orders.find((row: { order: { display_id: number } }) => row.order.display_id === displayId)
          if (part) return part
          await new Promise((resolve) => setTimeout(resolve, 100))
        }
        throw new Error(`no part of order ${displayId} reached the producer`)
      }

      async function level(pick: Pick) {
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const [row] = await inventory.listInventoryLevels({ inventory_item_id: pick.inventoryItemId, location_id: pick.locationId })
        return { stocked: Number(row.stocked_quantity), reserved: Number(row.reserved_quantity) }
      }

      /** A buyable product of each of two producers, with at least `minimum` units at the producer's own location. */
      async function pickTwoProducers(minimum = 5): Promise<[Pick, Pick]> {
        const { data } = await api.get("/store/products?limit=200&fields=id,title,variants.id,+producer.handle", store)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const picks: Pick[] = []
        for (const product of data.products) {
          const { data: rows } = await query.graph({
            entity: "product",
            fields: ["producer.id", "producer.stock_location.id", "variants.id", "variants.manage_inventory", "variants.inventory_items.inventory_item_id"],
            filters: { id: product.id },
          })
          const row = rows[0]
          const variant = row.variants[0]
          if (!row.producer || picks.some((pick) => pick.producerId === row.producer!.id) || !variant.manage_inventory) continue
          const pick = {
            producerId: row.producer.id,
            variantId: variant.id,
            inventoryItemId: variant.inventory_items![0]!.inventory_item_id,
            locationId: row.producer.stock_location!.id,
            title: product.title,
          }
          const stock = await level(pick).catch(() => null)
          if (stock && stock.stocked - stock.reserved >= minimum) picks.push(pick)
          if (picks.length === 2) break
        }
        expect(picks).toHaveLength(2)
        return picks as [Pick, Pick]
      }

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin, regionId } = await seededStore(container, api))
        const [first, second] = await pickTwoProducers()
        a = { ...first, auth: await producerHeaders(container, api, "produsen-a@uji.test", first.producerId) }
        b = { ...second, auth: await producerHeaders(container, api, "produsen-b@uji.test", second.producerId) }
      })

      it("holds an order paid by bank transfer until the money is in: no step to take, every move refused, then free once the coordinator marks it paid", async () => {
        const order = await storeCheckout(api, store, regionId, "pp_bank-transfer_okoce").placeOrder([{ variant_id: a.variantId, quantity: 1 }])
        const waiting = await partOf(a.auth, order.display_id)
        expect(waiting).toMatchObject({ status: "new", next_statuses: [], payment: { status: "awaiting_payment", label: "Menunggu pembayaran" } })
        for (const status of ["accepted", "packed"]) {
          const refused = await post(`/producer/orders/${waiting.id}/status`, { status }, a.auth)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(/^(Pesanan ini belum dibayar|status: )/)
        }
        const accepted = await post(`/producer/orders/${waiting.id}/status`, { status: "accepted" }, a.auth)
        expect(accepted.data.message).toMatch(/^Pesanan ini belum dibayar/)
        expect((await get(`/producer/orders/${waiting.id}`, a.auth)).data.order.status).toBe("new")

        const { data } = await api.get(`/admin/orders/${order.id}?fields=payment_collections.payments.id`, admin)
        await api.post(`/admin/payments/${data.order.payment_collections[0].payments[0].id}/capture`, {}, admin)
        const paid = (await get(`/producer/orders/${waiting.id}`, a.auth)).data.order
        expect(paid).toMatchObject({ next_statuses: ["accepted"], payment: { status: "paid", label: "Dibayar" } })
        expect((await post(`/producer/orders/${waiting.id}/status`, { status: "accepted" }, a.auth)).status).toBe(200)
      })

      it("lets cash on delivery go ahead at once, marked as paid on arrival", async () => {
        const order = await placeOrder([{ variant_id: a.variantId, quantity: 1 }])
        const part = await partOf(a.auth, order.display_id)
        expect(part).toMatchObject({ next_statuses: ["accepted"], payment: { status: "cash_on_delivery", label: "Bayar di tempat" } })
      })

      it("splits an order of two producers: each sees only their own lines, totals and the delivery details, never the buyer's email", async () => {
        const order = await placeOrder([
          { variant_id: a.variantId, quantity: 2 },
          { variant_id: b.variantId, quantity: 1 },
        ])
        const [partA, partB] = await Promise.all([partOf(a.auth, order.display_id), partOf(b.auth, order.display_id)])
        const lineOf = (variantId: string) => order.items.find((item) => item.variant_id === variantId)!.id

        expect(partA).toMatchObject({
          status: "new",
          next_statuses: ["accepted"],
          order: { display_id: order.display_id, canceled: false, deliver_to: { name: "Siti Aminah", phone: "081234567891" } },
        })
        expect(partA.items.map((item: { id: string }) => item.id)).toEqual([lineOf(a.variantId)])
        expect(partA.items[0]).toMatchObject({ title: a.title, quantity: 2, total: partA.items[0].unit_price * 2 })
        expect(partA.total).toBe(partA.items[0].total)
        expect(partB.items.map((item: { id: string }) => item.id)).toEqual([lineOf(b.variantId)])
        expect(JSON.stringify(partA)).not.toContain(lineOf(b.variantId))
        expect(JSON.stringify(partA)).not.toContain("pembeli@uji.test")

        expect((await get(`/producer/orders/${partB.id}`, a.auth)).status).toBe(404)
        expect((await get(`/producer/orders/${partA.id}`, a.auth)).data.order).toEqual(partA)
      })

      it("emails each producer their own lines of a new order with the delivery and the panel link, once even when order.placed comes again", async () => {
        const order = await placeOrder([
          { variant_id: a.variantId, quantity: 3 },
          { variant_id: b.variantId, quantity: 1 },
        ])
        const [partA] = await Promise.all([partOf(a.auth, order.display_id), partOf(b.auth, order.display_id)])
        const notifications = getContainer().resolve(Modules.NOTIFICATION)
        const noticesTo = async (email: string) => {
          for (let attempt = 0; attempt < 50; attempt++) {
            const found = await notifications.listNotifications({ to: email, template: "producer-new-order" })
            const mine = found.filter((notice) => notice.data?.order_display_id === order.display_id)
            if (mine.length) return mine
            await new Promise((resolve) => setTimeout(resolve, 100))
          }
          return []
        }
        const [toA] = await noticesTo("produsen-a@uji.test")
        expect(toA).toMatchObject({
          channel: "email",
          data: {
            order_display_id: order.display_id,
            producer_order_id: partA.id,
            lines: [{ title: a.title, quantity: 3 }],
            delivery: expect.any(String),
            panel_path: "/panel/pesanan",
          },
        })
        expect(JSON.stringify(toA.data)).not.toContain(b.title)
        expect(JSON.stringify(toA.data)).not.toContain("pembeli@uji.test")
        expect(await noticesTo("produsen-b@uji.test")).toHaveLength(1)

        // A redelivered order.placed finds the parts made and tells nobody again.
        await getContainer()
          .resolve(Modules.EVENT_BUS)
          .emit({ name: "order.placed", data: { id: order.id } })
        await new Promise((resolve) => setTimeout(resolve, 1000))
        expect(await noticesTo("produsen-a@uji.test")).toHaveLength(1)
      })

      it("accept, pack, ship with a tracking note: packing takes the units off the producer's own shelf through Medusa's fulfillment", async () => {
        const order = await placeOrder([{ variant_id: a.variantId, quantity: 2 }])
        const part = await partOf(a.auth, order.display_id)
        const before = await level(a)

        const accepted = await post(`/producer/orders/${part.id}/status`, { status: "accepted" }, a.auth)
        expect(accepted.status, JSON.stringify(accepted.data)).toBe(200)
        expect(accepted.data.order).toMatchObject({ status: "accepted", next_statuses: ["packed"], accepted_at: expect.any(String) })

        const packed = await post(`/producer/orders/${part.id}/status`, { status: "packed" }, a.auth)
        expect(packed.status, JSON.stringify(packed.data)).toBe(200)
        expect(packed.data.order.next_statuses).toEqual(["handed_over", "shipped"])
        expect(await level(a)).toEqual({ stocked: before.stocked - 2, reserved: before.reserved - 2 })

        const shipped = await post(`/producer/orders/${part.id}/status`, { status: "shipped", tracking_note: "JNE 0123456789" }, a.auth)
        expect(shipped.status, JSON.stringify(shipped.data)).toBe(200)
        expect(shipped.data.order).toMatchObject({ status: "shipped", tracking_note: "JNE 0123456789", next_statuses: [] })

        const { data } = await api.get(
          `/admin/orders/${order.id}?fields=id,fulfillments.location_id,fulfillments.shipped_at,fulfillments.labels.tracking_number`,
          admin
        )
        expect(data.order.fulfillments).toEqual([
          expect.objectContaining({
            location_id: a.locationId,
            shipped_at: expect.any(String),
            labels: [expect.objectContaining({ tracking_number: "JNE 0123456789" })],
          }),
        ])
      })

      it("lets a producer suspended after an order came in still pack and hand it over, and nothing else", async () => {
        const order = await placeOrder([{ variant_id: b.variantId, quantity: 1 }])
        const part = await partOf(b.auth, order.display_id)
        await getContainer()
          .resolve<ProducerModuleService>(PRODUCER_MODULE)
          .updateProducers({ id: b.producerId, status: "suspended", status_reason: "Sedang diperiksa koordinator" })
        for (const status of ["accepted", "packed", "handed_over"]) {
          const moved = await post(`/producer/orders/${part.id}/status`, { status }, b.auth)
          expect(moved.status, JSON.stringify(moved.data)).toBe(200)
        }
        expect((await get(`/producer/orders/${part.id}`, b.auth)).data.order.status).toBe("handed_over")
        const selling = await get("/producer/stock", b.auth)
        expect(selling.status).toBe(403)
        expect(selling.data.message).toContain("Sedang diperiksa koordinator")
      })

      it("hands a packed part over to the OK OCE centre without a tracking note", async () => {
        const order = await placeOrder([{ variant_id: b.variantId, quantity: 1 }])
        const part = await partOf(b.auth, order.display_id)
        for (const status of ["accepted", "packed", "handed_over"]) {
          expect((await post(`/producer/orders/${part.id}/status`, { status }, b.auth)).status).toBe(200)
        }
        expect((await get(`/producer/orders/${part.id}`, b.auth)).data.order).toMatchObject({
          status: "handed_over",
          handed_over_at: expect.any(String),
          next_statuses: [],
        })
      })

      it("refuses a skipped step, shipping without a tracking note and unknown fields, in Indonesian, changing nothing", async () => {
        const order = await placeOrder([{ variant_id: a.variantId, quantity: 1 }])
        const part = await partOf(a.auth, order.display_id)
        const url = `/producer/orders/${part.id}/status`

        const skipped = await post(url, { status: "packed" }, a.auth)
        expect(skipped.status).toBe(400)
        expect(skipped.data.message).toMatch(/berstatus baru, tidak bisa langsung menjadi dikemas/)
        for (const body of [
          { status: "new" },
          { status: "delivered" },
          { status: "accepted", producer_id: b.producerId },
          { status: "accepted", tracking_note: 12 },
          {},
        ]) {
          const response = await post(url, body, a.auth)
          expect(response.status, JSON.stringify(body)).toBe(400)
        }
        expect((await get(`/producer/orders/${part.id}`, a.auth)).data.order).toMatchObject({ status: "new", accepted_at: null })

        await post(url, { status: "accepted" }, a.auth)
        await post(url, { status: "packed" }, a.auth)
        const untracked = await post(url, { status: "shipped" }, a.auth)
        expect(untracked.status).toBe(400)
        expect(untracked.data.message).toMatch(/nomor resi/)
        expect((await get(`/producer/orders/${part.id}`, a.auth)).data.order.status).toBe("packed")
      })

      it("two taps on 'accept' at once move the part once", async () => {
        const order = await placeOrder([{ variant_id: a.variantId, quantity: 1 }])
        const part = await partOf(a.auth, order.display_id)
        const answers = await Promise.all([0, 1, 2].map(() => post(`/producer/orders/${part.id}/status`, { status: "accepted" }, a.auth)))
        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 400, 400])
        expect((await get(`/producer/orders/${part.id}`, a.auth)).data.order.status).toBe("accepted")
      })

      it("another producer cannot see or move a part: the same 404 as a missing one, and the part stays as it was", async () => {
        const order = await placeOrder([{ variant_id: a.variantId, quantity: 1 }])
        const part = await partOf(a.auth, order.display_id)
        const moved = await post(`/producer/orders/${part.id}/status`, { status: "accepted" }, b.auth)
        expect(moved.status).toBe(404)
        expect(moved.data.message).toBe("Pesanan tidak ditemukan / order not found")
        expect((await get("/producer/orders/prord_tidak_ada", b.auth)).data.message).toBe(moved.data.message)
        expect((await get(`/producer/orders/${part.id}`, a.auth)).data.order.status).toBe("new")
        const listB = (await get("/producer/orders?limit=50", b.auth)).data.orders
        expect(listB.some((row: { id: string }) => row.id === part.id)).toBe(false)
      })

      it("shows the buyer where each producer's part of their order has got: accepted, packed, shipped with its tracking note, delivered; a stranger's id is a 404", async () => {
        const order = await placeOrder([
          { variant_id: a.variantId, quantity: 1 },
          { variant_id: b.variantId, quantity: 1 },
        ])
        const progressOf = async () => (await api.get(`/store/orders/${order.id}/progress`, asOrdersBuyer(store, order.id, getContainer()))).data.progress
        const stepsOf = (progress: { parts: Array<{ producer: { id: string }; steps: Array<{ step: string }> }> }, pick: Pick) =>
          progress.parts.find((part) => part.producer.id === pick.producerId)!.steps.map((reached) => reached.step)
        const partA = await partOf(a.auth, order.display_id)
        const partB = await partOf(b.auth, order.display_id)
        const placed = await progressOf()
        expect(placed).toMatchObject({ order_id: order.id, display_id: order.display_id, canceled_at: null })
        expect(placed.parts).toHaveLength(2)
        expect(stepsOf(placed, a)).toEqual(["placed"])
        expect(placed.parts.find((part: { producer: { id: string } }) => part.producer.id === a.producerId)).toMatchObject({
          producer: { name: expect.any(String) },
          items: [{ title: expect.any(String), quantity: 1 }],
        })

        for (const status of ["accepted", "packed"]) expect((await post(`/producer/orders/${partA.id}/status`, { status }, a.auth)).status).toBe(200)
        expect((await post(`/producer/orders/${partA.id}/status`, { status: "shipped", tracking_note: "JNE 0123456789" }, a.auth)).status).toBe(200)
        expect((await post(`/producer/orders/${partB.id}/status`, { status: "accepted" }, b.auth)).status).toBe(200)
        const moving = await progressOf()
        expect(stepsOf(moving, a)).toEqual(["placed", "accepted", "packed", "shipped"])
        expect(moving.parts.find((part: { producer: { id: string } }) => part.producer.id === a.producerId).tracking_note).toBe("JNE 0123456789")
        expect(stepsOf(moving, b)).toEqual(["placed", "accepted"])

        // A coordinator marks the parcel delivered in Medusa's admin: the buyer sees it on that producer's part.
        const { fulfillment_id: fulfillmentId } = await getContainer().resolve<ProducerModuleService>(PRODUCER_MODULE).retrieveProducerOrder(partA.id)
        expect((await post(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/mark-as-delivered`, {}, admin)).status).toBe(200)
        const delivered = await progressOf()
        expect(stepsOf(delivered, a)).toEqual(["placed", "accepted", "packed", "shipped", "delivered"])
        expect(stepsOf(delivered, b)).toEqual(["placed", "accepted"])

        const unknown = await get("/store/orders/order_01JZZZZZZZZZZZZZZZZZZZZZZZ/progress", store)
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/^Pesanan .* tidak ditemukan\.$/)
      })

      it("a canceled order shows as canceled and cannot be moved on", async () => {
        const order = await placeOrder([{ variant_id: b.variantId, quantity: 1 }])
        const part = await partOf(b.auth, order.display_id)
        expect((await post(`/admin/orders/${order.id}/cancel`, {}, admin)).status).toBe(200)
        expect((await get(`/producer/orders/${part.id}`, b.auth)).data.order).toMatchObject({ order: { canceled: true }, next_statuses: [] })
        // The buyer's page says so.
        const { progress } = (await api.get(`/store/orders/${order.id}/progress`, asOrdersBuyer(store, order.id, getContainer()))).data
        expect(progress.canceled_at).toEqual(expect.any(String))
        expect(progress.parts[0].steps.map((reached: { step: string }) => reached.step)).toEqual(["placed", "canceled"])
        const refused = await post(`/producer/orders/${part.id}/status`, { status: "accepted" }, b.auth)
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/dibatalkan/)
      })

      describe("a producer declines their part", () => {
        const byTransfer = (lines: Array<{ variant_id: string; quantity: number }>) =>
          storeCheckout(api, store, regionId, "pp_bank-transfer_okoce").placeOrder(lines)
        const adminOrder = async (orderId: string) =>
          (
            await api.get(
              `/admin/orders/${orderId}?fields=id,status,total,items.id,items.variant_id,items.quantity,payment_collections.amount,payment_collections.payments.id,payment_collections.payments.amount`,
              admin
            )
          ).data.order
        // A line the order edit took to nothing is no longer listed on the order.
        const quantityOf = (order: { items: Array<{ variant_id: string; quantity: number }> }, pick: Pick) =>
          Number(order.items.find((item) => item.variant_id === pick.variantId)?.quantity ?? 0)
        async function refundsOf(order: { id: string }) {
          const { data } = await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "order", fields: ["payment_collections.payments.refunds.amount"], filters: { id: order.id } })
          return (data[0].payment_collections ?? []).flatMap((collection) =>
            (collection?.payments ?? []).flatMap((payment) => (payment?.refunds ?? []).map((refund) => Number(refund?.amount)))
          )
        }
        async function buyerNotices(displayId: number, template: string) {
          const found = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "pembeli@uji.test", template })
          return found.filter((notice) => notice.data?.order_display_id === displayId)
        }
        async function ledgerOf(orderId: string, kind: string, expected: number) {
          const settlement = getContainer().resolve<SettlementModuleService>(SETTLEMENT_MODULE)
          let rows: Array<{ producer_id: string; amount: number }> = []
          for (let attempt = 0; attempt < 50 && rows.length < expected; attempt++) {
            rows = (await settlement.listSettlementEntries({ order_id: orderId, kind }, { select: ["producer_id", "amount"] })).map((row) => ({
              producer_id: row.producer_id,
              amount: Number(row.amount),
            }))
            if (rows.length < expected) await new Promise((resolve) => setTimeout(resolve, 100))
          }
          return rows
        }

        it("of a paid order: only their lines leave it, refunded to the rupiah and debited to them alone, their stock released, the buyer told once", async () => {
          const order = await byTransfer([
            { variant_id: a.variantId, quantity: 2 },
            { variant_id: b.variantId, quantity: 1 },
          ])
          const placed = await adminOrder(order.id)
          await api.post(`/admin/payments/${placed.payment_collections[0].payments[0].id}/capture`, {}, admin)
          const [partA, partB] = await Promise.all([partOf(a.auth, order.display_id), partOf(b.auth, order.display_id)])
          expect(await ledgerOf(order.id, "sale", 2)).toHaveLength(2)
          const [stockA, stockB] = [await level(a), await level(b)]

          const declined = await post(`/producer/orders/${partA.id}/decline`, { reason: "out_of_stock" }, a.auth)
          expect(declined.status, JSON.stringify(declined.data)).toBe(200)
          expect(declined.data.order).toMatchObject({
            status: "declined",
            next_statuses: [],
            declined: { reason: "out_of_stock", label: "stok habis", note: null, declined_at: expect.any(String) },
          })

          const after = await adminOrder(order.id)
          expect(after.status).not.toBe("canceled")
          expect([quantityOf(after, a), quantityOf(after, b)]).toEqual([0, 1])
          expect(await refundsOf(after)).toEqual([partA.total])
          expect(Number(after.total)).toBe(Number(placed.total) - partA.total)
          expect(await level(a)).toEqual({ stocked: stockA.stocked, reserved: stockA.reserved - 2 })
          expect(await level(b)).toEqual(stockB)
          expect((await get(`/producer/orders/${partB.id}`, b.auth)).data.order).toMatchObject({
            status: "new",
            next_statuses: ["accepted"],
            items: [{ quantity: 1 }],
          })
          expect(await ledgerOf(order.id, "refund", 1)).toEqual([{ producer_id: a.producerId, amount: -partA.total }])

          const [notice] = await buyerNotices(order.display_id, "producer-order-declined")
          expect(notice.data).toMatchObject({ reason: "out_of_stock", refunded: true, whole: false, lines: [{ title: a.title, quantity: 2 }] })
          expect(notice.data?.message).toMatch(/tidak dapat memenuhi .*stok habis.*kami kembalikan\. Barang lain dalam pesanan ini tetap dikirim\./)

          // A second tap changes nothing and says why.
          const again = await post(`/producer/orders/${partA.id}/decline`, { reason: "out_of_stock" }, a.auth)
          expect(again.status).toBe(409)
          expect(again.data.message).toMatch(/sudah Anda tolak/)
          expect(await refundsOf(order)).toEqual([partA.total])
          expect(await buyerNotices(order.display_id, "producer-order-declined")).toHaveLength(1)
          expect((await post(`/producer/orders/${partA.id}/status`, { status: "accepted" }, a.auth)).status).toBe(400)
        })

        it("of an unpaid transfer: the buyer owes only what is left, nothing is refunded, the stock is released and a last producer's decline cancels the order", async () => {
          const order = await byTransfer([
            { variant_id: a.variantId, quantity: 1 },
            { variant_id: b.variantId, quantity: 2 },
          ])
          const [partA, partB] = await Promise.all([partOf(a.auth, order.display_id), partOf(b.auth, order.display_id)])
          const stockB = await level(b)
          const declined = await post(`/producer/orders/${partB.id}/decline`, { reason: "other", note: "Kebun terendam banjir" }, b.auth)
          expect(declined.status, JSON.stringify(declined.data)).toBe(200)
          expect(declined.data.order.declined).toMatchObject({ reason: "other", note: "Kebun terendam banjir" })

          const after = await adminOrder(order.id)
          expect([quantityOf(after, a), quantityOf(after, b)]).toEqual([1, 0])
          expect(await refundsOf(after)).toEqual([])
          expect(Number(after.payment_collections[0].payments[0].amount)).toBe(Number(after.total))
          expect(Number(after.payment_collections[0].amount)).toBe(Number(after.total))
          expect(await level(b)).toEqual({ stocked: stockB.stocked, reserved: stockB.reserved - 2 })
          const [notice] = await buyerNotices(order.display_id, "producer-order-declined")
          expect(notice.data).toMatchObject({ refunded: false, whole: false, reason_text: "Kebun terendam banjir" })
          expect(notice.data?.message).toMatch(/tidak ditagihkan/)
          expect((await get(`/producer/orders/${partA.id}`, a.auth)).data.order).toMatchObject({ status: "new", items: [{ quantity: 1 }] })

          // The other producer cannot fill theirs either: nothing is left, so the whole order is canceled, the buyer told once by the decline.
          expect((await post(`/producer/orders/${partA.id}/decline`, { reason: "harvest_failed" }, a.auth)).status).toBe(200)
          const canceled = await adminOrder(order.id)
          expect(canceled.status).toBe("canceled")
          expect((await get(`/producer/orders/${partA.id}`, a.auth)).data.order.order).toMatchObject({ canceled: true, cancellation: { by: "producer" } })
          await new Promise((resolve) => setTimeout(resolve, 1000))
          expect(await buyerNotices(order.display_id, "buyer-order-canceled")).toHaveLength(0)
          expect(await buyerNotices(order.display_id, "producer-order-declined")).toHaveLength(2)
        })

        it("refuses another producer's part with a 404, a bad reason or a too long note in Indonesian, and a shipped part, changing nothing", async () => {
          const order = await placeOrder([{ variant_id: a.variantId, quantity: 1 }])
          const part = await partOf(a.auth, order.display_id)
          const url = `/producer/orders/${part.id}/decline`
          const stranger = await post(url, { reason: "out_of_stock" }, b.auth)
          expect(stranger.status).toBe(404)
          expect(stranger.data.message).toBe("Pesanan tidak ditemukan / order not found")
          for (const [body, message] of [
            [{ reason: "bosan" }, /reason: pilih salah satu alasan/],
            [{ reason: "other" }, /note: untuk alasan lain, tuliskan alasannya/],
            [{ reason: "other", note: "x".repeat(301) }, /note: paling banyak 300 huruf/],
            [{ reason: "out_of_stock", status: "declined" }, /status/],
          ] as const) {
            const refused = await post(url, body, a.auth)
            expect(refused.status, JSON.stringify(body)).toBe(400)
            expect(refused.data.message).toMatch(message)
          }
          expect((await get(`/producer/orders/${part.id}`, a.auth)).data.order).toMatchObject({ status: "new", declined: null })

          for (const status of ["accepted", "packed"]) expect((await post(`/producer/orders/${part.id}/status`, { status }, a.auth)).status).toBe(200)
          expect((await post(`/producer/orders/${part.id}/status`, { status: "shipped", tracking_note: "JNE 0123456789" }, a.auth)).status).toBe(200)
          const shipped = await post(url, { reason: "out_of_stock" }, a.auth)
          expect(shipped.status).toBe(400)
          expect(shipped.data.message).toMatch(/^Pesanan ini sudah dikirim atau diserahkan, jadi tidak bisa ditolak lagi/)
          expect((await adminOrder(order.id)).status).not.toBe("canceled")
          expect(await buyerNotices(order.display_id, "producer-order-declined")).toHaveLength(0)
        })
      })

      it("prints a packing slip of the producer's own lines with the buyer's name and address, and a stranger's id is a 404", async () => {
        const order = await placeOrder([
          { variant_id: a.variantId, quantity: 3 },
          { variant_id: b.variantId, quantity: 1 },
        ])
        const part = await partOf(a.auth, order.display_id)
        const { status, data } = await get(`/producer/orders/${part.id}/packing-slip`, a.auth)
        expect(status).toBe(200)
        expect(data.slip).toMatchObject({
          id: part.id,
          display_id: order.display_id,
          deliver_to: { name: "Siti Aminah", phone: "081234567891", address: expect.any(String) },
          producer: { business_name: expect.any(String) },
          items: [{ title: a.title, quantity: 3 }],
        })
        expect(JSON.stringify(data)).not.toContain(b.title)
        expect(JSON.stringify(data)).not.toContain("pembeli@uji.test")
        expect((await get(`/producer/orders/${part.id}/packing-slip`, b.auth)).status).toBe(404)
      })

      it("lists the day's packed parts for the centre to collect, by desa and producer, ticking those handed over, leaving out the unpacked", async () => {
        const order = await placeOrder([
          { variant_id: a.variantId, quantity: 2 },
          { variant_id: b.variantId, quantity: 1 },
        ])
        const [partA, partB] = await Promise.all([partOf(a.auth, order.display_id), partOf(b.auth, order.display_id)])
        for (const status of ["accepted", "packed"]) expect((await post(`/producer/orders/${partA.id}/status`, { status }, a.auth)).status).toBe(200)
        const parts = async () => {
          const { data } = await api.get("/admin/pickup-list", admin)
          return data.desa.flatMap((group: { desa: string; producers: Array<{ producer_id: string; parts: Array<Record<string, unknown>> }> }) =>
            group.producers.flatMap((producer) => producer.parts.map((part) => ({ desa: group.desa, producer_id: producer.producer_id, ...part })))
          )
        }
        const packed = await parts()
        expect(packed).toEqual([
          expect.objectContaining({
            producer_id: a.producerId,
            producer_order_id: partA.id,
            collected: false,
            items: [expect.objectContaining({ title: a.title, quantity: 2 })],
          }),
        ])
        expect(packed[0].desa).toEqual(expect.any(String))
        expect(JSON.stringify(packed)).not.toContain(partB.id)
        expect((await post(`/producer/orders/${partA.id}/status`, { status: "handed_over" }, a.auth)).status).toBe(200)
        expect(await parts()).toEqual([expect.objectContaining({ producer_order_id: partA.id, collected: true })])
        expect((await get("/admin/pickup-list?date=kemarin", admin)).status).toBe(400)
      })

      it("filters by status, pages, and refuses a bad query naming the field", async () => {
        const first = await placeOrder([{ variant_id: a.variantId, quantity: 1 }])
        const second = await placeOrder([{ variant_id: a.variantId, quantity: 1 }])
        await partOf(a.auth, first.display_id)
        const part = await partOf(a.auth, second.display_id)
        await post(`/producer/orders/${part.id}/status`, { status: "accepted" }, a.auth)
        const accepted = (await get("/producer/orders?status=accepted&limit=50", a.auth)).data
        expect(accepted.orders.map((row: { id: string; status: string }) => [row.id, row.status])).toEqual([[part.id, "accepted"]])
        const firstPage = (await get("/producer/orders?limit=1", a.auth)).data
        expect(firstPage).toMatchObject({ limit: 1, offset: 0, count: expect.any(Number) })
        expect(firstPage.orders.map((row: { order: { display_id: number } }) => row.order.display_id)).toEqual([second.display_id])
        expect(firstPage.count).toBe(2)
        for (const [search, message] of [
          ["status=dikirim", /status/],
          ["limit=0", /limit/],
          ["limit=500", /limit/],
          ["offset=-1", /offset/],
          [`producer_id=${b.producerId}`, /producer_id/],
        ] as const) {
          const response = await get(`/producer/orders?${search}`, a.auth)
          expect(response.status, search).toBe(400)
          expect(response.data.message).toMatch(message)
        }
      })
    })
  },
  { seeded: true }
)
