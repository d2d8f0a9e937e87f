import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { backendTestRunner } from "../medusa-runner"
import { wibMonthOf } from "../../src/lib/settlement/statement-month"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import type ProducerModuleService from "../../src/modules/producer/service"
import { producerHeaders, type Headers } from "../producer-fixtures"
import { seededStore } from "../seeded-store"
import { storeCheckout } from "../store-checkout"
import { eventually, settle } from "../stripe/card-checkout"
import { variantsOfProducers } from "../producer-picks"

type Settlement = {
  balance: number
  currency_code: string
  count: number
  entries: Array<{ kind: string; amount: number; order_display_id: number | null; note: string }>
}

backendTestRunner(
  ({ api, getContainer }) => {
    describe("what the centre owes each producer", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      /** One stocked variant of each of three producers. */
      let picks: Array<{ variantId: string; producerId: string }>

      const settlementOf = async (producerId: string) => (await api.get(`/admin/producers/${producerId}/settlement`, admin)).data as Settlement
      const call = (promise: Promise<{ status: number; data: any }>) => promise.catch((error: { response: { status: number; data: any } }) => error.response)

      /** An order of one unit from each picked producer, paid by transfer, and the coordinator confirming the money arrived. */
      async function orderPaidByTransfer() {
        const checkout = storeCheckout(api, store, regionId, "pp_bank-transfer_okoce")
        const order = await checkout.placeOrder(picks.map((pick) => ({ variant_id: pick.variantId, quantity: 1 })))
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [placed],
        } = await query.graph({
          entity: "order",
          fields: ["id", "display_id", "total", "items.id", "items.total", "payment_collections.payments.id"],
          filters: { id: order.id },
        })
        const producers: ProducerModuleService = getContainer().resolve(PRODUCER_MODULE)
        const parts = await eventually(async () => {
          const found = await producers.listProducerOrders({ order_id: order.id })
          return found.length === picks.length ? found : undefined
        }, "the order split between its producers")
        const paymentId = placed.payment_collections![0]!.payments![0]!.id
        expect((await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)).status).toBe(200)
        // What each producer's lines come to, to the rupiah.
        const lineTotals = new Map(placed.items!.map((item) => [item!.id, Number(item!.total)]))
        const owed = new Map(parts.map((part) => [part.producer_id, (part.item_ids as string[]).reduce((sum, id) => sum + lineTotals.get(id)!, 0)]))
        return { orderId: order.id, displayId: Number(placed.display_id), owed }
      }

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin, regionId } = await seededStore(container, api))
        picks = await variantsOfProducers(api, store, container)
        expect(picks).toHaveLength(3)
      })

      it("credits each of three producers in one order with their own lines to the rupiah once the coordinator confirms the transfer", async () => {
        const before = new Map(await Promise.all(picks.map(async (pick) => [pick.producerId, (await settlementOf(pick.producerId)).balance] as const)))
        const { displayId, owed } = await orderPaidByTransfer()
        for (const pick of picks) {
          const settlement = await eventually(async () => {
            const read = await settlementOf(pick.producerId)
            return read.entries.some((entry) => entry.order_display_id === displayId) ? read : undefined
          }, `the sale credited to ${pick.producerId}`)
          expect(settlement.entries.filter((entry) => entry.order_display_id === displayId)).toEqual([
            expect.objectContaining({ kind: "sale", amount: owed.get(pick.producerId), note: `Penjualan pesanan #${displayId}` }),
          ])
          expect(settlement.balance).toBe(before.get(pick.producerId)! + owed.get(pick.producerId)!)
        }
      })

      it("takes back what each producer was credited when a coordinator cancels the paid order (Medusa refunds it), once", async () => {
        const before = new Map(await Promise.all(picks.map(async (pick) => [pick.producerId, (await settlementOf(pick.producerId)).balance] as const)))
        const { orderId, displayId, owed } = await orderPaidByTransfer()
        await eventually(
          async () => (await settlementOf(picks[0].producerId)).entries.some((entry) => entry.order_display_id === displayId),
          "the sale credited"
        )
        expect((await call(api.post(`/admin/orders/${orderId}/cancel`, {}, admin))).status).toBe(200)
        for (const pick of picks) {
          const settlement = await eventually(async () => {
            const read = await settlementOf(pick.producerId)
            return read.entries.some((entry) => entry.order_display_id === displayId && entry.kind === "refund") ? read : undefined
          }, `the refund debited from ${pick.producerId}`)
          expect(settlement.entries.filter((entry) => entry.order_display_id === displayId && entry.kind === "refund")).toEqual([
            expect.objectContaining({ amount: -owed.get(pick.producerId)!, note: `Pengembalian dana pesanan #${displayId}` }),
          ])
          expect(settlement.balance).toBe(before.get(pick.producerId))
        }
        await getContainer()
          .resolve(Modules.WORKFLOW_ENGINE)
          .run("settle-order", { input: { order_id: orderId } })
        expect((await settlementOf(picks[0].producerId)).balance).toBe(before.get(picks[0].producerId))
      })

      it("keeps the OK OCE fee the head coordinator set from each sale, in whole rupiah, and gives it back with a refund", async () => {
        expect((await call(api.post("/admin/settlement/fee", { percent: 40 }, admin))).status).toBe(400)
        expect((await call(api.post("/admin/settlement/fee", { percent: 2.555 }, admin))).status).toBe(400)
        expect((await api.post("/admin/settlement/fee", { percent: 2.5 }, admin)).data.fee).toEqual({ percent: 2.5, basis_points: 250 })
        const producerId = picks[0].producerId
        const before = (await settlementOf(producerId)).balance
        const { orderId, displayId, owed } = await orderPaidByTransfer()
        const ofOrder = async () => {
          const read = await settlementOf(producerId)
          return { balance: read.balance, entries: read.entries.filter((entry) => entry.order_display_id === displayId) }
        }
        const sold = await eventually(async () => {
          const read = await ofOrder()
          return read.entries.length === 2 ? read : undefined
        }, "the sale and its fee")
        const fee = Math.round(owed.get(producerId)! * 0.025)
        expect(sold.entries.map(({ kind, amount, note }) => ({ kind, amount, note })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
          { kind: "fee", amount: -fee, note: `Biaya OK OCE 2,5% pesanan #${displayId}` },
          { kind: "sale", amount: owed.get(producerId), note: `Penjualan pesanan #${displayId}` },
        ])
        expect(sold.balance).toBe(before + owed.get(producerId)! - fee)

        // The fee changes later; the refund still gives back what was kept.
        await api.post("/admin/settlement/fee", { percent: 10 }, admin)
        const { data: paid } = await api.get(`/admin/orders/${orderId}?fields=total,payment_collections.payments.id`, admin)
        await api.post(`/admin/payments/${paid.order.payment_collections[0].payments[0].id}/refund`, { amount: paid.order.total }, admin)
        const refunded = await eventually(async () => {
          const read = await ofOrder()
          return read.entries.length === 4 ? read : undefined
        }, "the refund and the fee given back")
        expect(refunded.balance).toBe(before)
        await api.post("/admin/settlement/fee", { percent: 0 }, admin)
      })

      it("credits a capture once, however often its event comes", async () => {
        const { orderId, displayId } = await orderPaidByTransfer()
        const producerId = picks[0].producerId
        await eventually(async () => (await settlementOf(producerId)).entries.some((entry) => entry.order_display_id === displayId), "the sale credited")
        const balance = (await settlementOf(producerId)).balance
        const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
        await Promise.all([1, 2, 3].map(() => engine.run("settle-order", { input: { order_id: orderId } }).catch(() => undefined)))
        await settle()
        const after = await settlementOf(producerId)
        expect(after.balance).toBe(balance)
        expect(after.entries.filter((entry) => entry.order_display_id === displayId)).toHaveLength(1)
      })

      it("records a payout as a debit, never above the balance, once per reference, and one at a time", async () => {
        const producerId = picks[1].producerId
        await orderPaidByTransfer()
        const balance = await eventually(async () => {
          const read = await settlementOf(producerId)
          return read.balance > 0 ? read.balance : undefined
        }, "a balance to pay out")
        const payout = (amount: number, reference: string) =>
          call(api.post(`/admin/producers/${producerId}/payouts`, { amount, reference, paid_on: "2026-12-04" }, admin))

        // Payouts go only to a bank account the producer gave and a coordinator confirmed.
        expect((await payout(1_000, "TRF-TANPA-REKENING")).data.message).toMatch(/^Produsen belum mengisi rekening bank/)
        const own = await producerHeaders(getContainer(), api, "rekening-produsen@uji.test", producerId)
        const account = { bank: "BRI", number: "0123 4567 8901", holder: "Sutini" }
        const given = await api.post("/producer/settlement/account", account, own)
        expect(given.data.account).toEqual({ bank: "BRI", number: "012345678901", holder: "Sutini", confirmed: false })
        expect((await payout(1_000, "TRF-BELUM-DIKONFIRMASI")).data.message).toMatch(/^Rekening produsen belum dikonfirmasi koordinator/)
        expect((await api.post(`/admin/producers/${producerId}/payout-account/confirm`, {}, admin)).data.account.confirmed).toBe(true)
        // The same account sent again stays confirmed; a changed one needs confirming again.
        expect((await api.post("/producer/settlement/account", account, own)).data.account.confirmed).toBe(true)
        expect((await api.post("/producer/settlement/account", { ...account, number: "999988887777" }, own)).data.account.confirmed).toBe(false)
        expect((await payout(1_000, "TRF-REKENING-BARU")).status).toBe(400)
        await api.post(`/admin/producers/${producerId}/payout-account/confirm`, {}, admin)

        // The bank's bulk transfer file: this producer, their confirmed account and what they are owed.
        const exported = await api.get("/admin/settlement/bank-export", admin)
        expect(exported.headers["content-type"]).toMatch(/^text\/csv/)
        expect(exported.data.split("\r\n")[0]).toBe('"produsen","bank","nomor_rekening","atas_nama","jumlah"')
        expect(exported.data).toContain(`"BRI","999988887777","Sutini","${balance}"`)

        const above = await payout(balance + 1, "TRF-LEBIH")
        expect(above.status).toBe(400)
        expect(above.data.message).toMatch(/^Pembayaran Rp .* melebihi saldo produsen Rp /)
        expect((await settlementOf(producerId)).balance).toBe(balance)

        const paid = await payout(1_000, "TRF-0412")
        expect(paid.status).toBe(201)
        expect(paid.data.balance).toBe(balance - 1_000)
        expect(paid.data.entries[0]).toMatchObject({ kind: "payout", amount: -1_000 })
        // A double tap: the same reference records nothing more.
        expect((await payout(1_000, "TRF-0412")).status).toBe(201)
        expect((await settlementOf(producerId)).balance).toBe(balance - 1_000)

        // Two coordinators paying out most of the rest at once: only one fits.
        const rest = balance - 1_000
        const both = await Promise.all([payout(Math.ceil(rest * 0.6), "TRF-A"), payout(Math.ceil(rest * 0.6), "TRF-B")])
        expect(both.map((answer) => answer.status).sort()).toEqual([201, 400])
        expect((await settlementOf(producerId)).balance).toBe(rest - Math.ceil(rest * 0.6))
        // The producer's history in the admin lists each payout once, with who recorded it.
        const payouts = (await api.get(`/admin/producers/${producerId}/history`, admin)).data.history.filter((line: { kind: string }) => line.kind === "payout")
        expect(payouts).toHaveLength(2)
        expect(payouts[1]).toMatchObject({
          change: { amount: 1_000, note: "Dibayarkan 2026-12-04, referensi TRF-0412" },
          actor: { type: "user", name: "koordinator@test.local" },
        })

        for (const body of [
          { amount: 1.5, reference: "TRF-X", paid_on: "2026-12-04" },
          { amount: 100, reference: "TRF-X", paid_on: "kemarin" },
          { amount: -5, reference: "TRF-X", paid_on: "2026-12-04" },
        ]) {
          const refused = await call(api.post(`/admin/producers/${producerId}/payouts`, body, admin))
          expect(refused.status).toBe(400)
        }
      })

      it("shows the producer their own entries in the panel's API, newest first", async () => {
        const producerId = picks[2].producerId
        const { displayId } = await orderPaidByTransfer()
        await eventually(async () => (await settlementOf(producerId)).entries.some((entry) => entry.order_display_id === displayId), "the sale credited")
        const own = await producerHeaders(getContainer(), api, "saldo-produsen@uji.test", producerId)
        const { data } = await api.get("/producer/settlement?limit=5", own)
        expect(data).toMatchObject({ currency_code: "idr", balance: (await settlementOf(producerId)).balance })
        expect(data.entries[0]).toMatchObject({ kind: "sale", order_display_id: displayId })
        // This month's statement (in WIB) ends with the sale and closes at the balance: no entry is later than now.
        const statement = (await api.get(`/producer/settlement/statement?month=${wibMonthOf(new Date())}`, own)).data
        expect(statement.entries.at(-1)).toMatchObject({ kind: "sale", order_display_id: displayId })
        expect(statement.closing_balance).toBe(data.balance)
      })
    })
  },
  { seeded: true }
)
