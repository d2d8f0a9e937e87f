import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import sharp from "sharp"
import { coordinatorHeaders } from "../admin-auth"
import { backendTestRunner } from "../medusa-runner"
import { asOrdersBuyer } from "../order-reader"
import { orderAccessKey, orderAccessSecret } from "../../src/lib/order/order-access-key"
import { SETTLEMENT_MODULE } from "../../src/modules/settlement"
import type SettlementModuleService from "../../src/modules/settlement/service"
import { cancelUnpaidTransfers } from "../../src/lib/order/cancel-unpaid-transfers"
import { pacitanDay } from "../../src/lib/time/pacitan-day"
import { seededStore } from "../seeded-store"
import { storeCheckout } from "../store-checkout"
import { eventually } from "../stripe/card-checkout"
import { producerSharesOfOrder, variantsOfProducers, type ProducerPick } from "../producer-picks"

type Headers = { headers: Record<string, string> }
type Response = { status: number; data: any }

const TRANSFER = "pp_bank-transfer_okoce"
const CASH = "pp_cod_okoce"
const DAY = 86_400_000

backendTestRunner(
  ({ api, getContainer }) => {
    describe("money received by transfer and in cash", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      /** One stocked variant of each of three producers. */
      let picks: ProducerPick[]
      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
      const confirm = (orderId: string, body: Record<string, unknown>, as: Headers = admin) =>
        call(api.post(`/admin/orders/${orderId}/payment-confirmations`, { received_on: pacitanDay(), request_key: randomUUID(), ...body }, as))
      const moneyOf = async (orderId: string) => (await api.get(`/admin/orders/${orderId}/payment-confirmations`, admin)).data
      const balanceOf = async (producerId: string) => (await api.get(`/admin/producers/${producerId}/settlement`, admin)).data.balance as number

      /** One unit of each chosen producer in one order; the order's id, number, total and what each producer's lines come to. */
      async function placeOrder(providerId: string, chosen: ProducerPick[] = picks) {
        const order = await storeCheckout(api, store, regionId, providerId).placeOrder(chosen.map((pick) => ({ variant_id: pick.variantId, quantity: 1 })))
        return producerSharesOfOrder(getContainer(), order.id, chosen.length)
      }

      const balances = async () => new Map(await Promise.all(picks.map(async (pick) => [pick.producerId, await balanceOf(pick.producerId)] as const)))

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin, regionId } = await seededStore(container, api))
        picks = await variantsOfProducers(api, store, container, 3, 8)
        expect(picks).toHaveLength(3)
      })

      it("keeps a transfer paid short waiting (the buyer sees what is left, the clock does not cancel it), then captures it and credits each producer to the rupiah when the rest arrives", async () => {
        const before = await balances()
        const order = await placeOrder(TRANSFER)
        const first = await confirm(order.id, { amount: order.total - 5000, note: "BRI a.n. Siti" })
        expect(first.status).toBe(201)
        expect(first.data.money).toMatchObject({ due: order.total, received: order.total - 5000, outstanding: 5000, to_return: 0, paid: false })
        expect(first.data.message).toBe("Kurang Rp 5.000: pesanan menunggu sisa pembayaran.")
        const { data: buyerView } = await api.get(`/store/orders/${order.id}/payment-instructions`, asOrdersBuyer(store, order.id, getContainer()))
        expect(buyerView.payment).toMatchObject({ paid: false, received: order.total - 5000, outstanding: 5000 })
        // Days past the time to pay, the hourly job leaves it: a person decides about money half paid.
        const swept = await cancelUnpaidTransfers(getContainer(), new Date(Date.now() + 5 * DAY), 24)
        expect(swept.canceled).not.toContain(order.id)
        expect((await moneyOf(order.id)).order.status).not.toBe("canceled")
        for (const pick of picks) expect(await balanceOf(pick.producerId)).toBe(before.get(pick.producerId))

        const rest = await confirm(order.id, { amount: 5000 })
        expect(rest.status).toBe(201)
        expect(rest.data).toMatchObject({ money: { received: order.total, outstanding: 0, paid: true }, message: "Lunas." })
        for (const pick of picks) {
          const expected = before.get(pick.producerId)! + order.owed.get(pick.producerId)!
          await eventually(async () => (await balanceOf(pick.producerId)) === expected, `the sale credited to ${pick.producerId}`)
        }
        const history = (await moneyOf(order.id)).confirmations
        expect(history.map((entry: { amount: number }) => entry.amount)).toEqual([order.total - 5000, 5000])
        expect(history[0]).toMatchObject({ method: "bank_transfer", note: "BRI a.n. Siti", confirmed_by: expect.stringMatching(/^user_/) })
      })

      it("records a double tap once and captures once, and two coordinators confirming at the same moment capture once", async () => {
        const order = await placeOrder(TRANSFER, picks.slice(0, 1))
        const body = { amount: order.total, received_on: pacitanDay(), request_key: randomUUID() }
        const [tap, doubleTap] = await Promise.all([confirm(order.id, body), confirm(order.id, body)])
        expect([tap.status, doubleTap.status].sort()).toEqual([200, 201])
        expect((await moneyOf(order.id)).confirmations).toHaveLength(1)

        const other = await placeOrder(TRANSFER, picks.slice(1, 2))
        const racing = await Promise.all([confirm(other.id, { amount: other.total }), confirm(other.id, { amount: other.total })])
        expect(racing.map((response) => response.status)).toEqual([201, 201])
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.captures.id"], filters: { id: other.id } })
        expect(data[0].payment_collections![0]!.payments![0]!.captures).toHaveLength(1)
        expect((await moneyOf(other.id)).money).toMatchObject({ paid: true, to_return: other.total })
      })

      it("names money paid over, and everything received for a cancelled order, as money to give back", async () => {
        const over = await placeOrder(TRANSFER, picks.slice(0, 1))
        const paidOver = await confirm(over.id, { amount: over.total + 2000 })
        expect(paidOver.data.money).toMatchObject({ paid: true, outstanding: 0, to_return: 2000 })
        expect(paidOver.data.message).toBe("Lunas, lebih Rp 2.000: kembalikan kelebihannya kepada pembeli.")

        const late = await placeOrder(TRANSFER, picks.slice(0, 1))
        expect((await call(api.post(`/admin/orders/${late.id}/cancel`, {}, admin))).status).toBe(200)
        const afterCancel = await confirm(late.id, { amount: late.total })
        expect(afterCancel.status).toBe(201)
        expect(afterCancel.data.money).toMatchObject({ canceled: true, paid: false, to_return: late.total })
        expect(afterCancel.data.message).toContain("Pesanan sudah dibatalkan: kembalikan")
      })

      it("finds a transfer by its reference as typed from a bank statement, by amount and by order number, and lists those still waiting, oldest first", async () => {
        const first = await placeOrder(TRANSFER, picks.slice(2, 3))
        const second = await placeOrder(TRANSFER, picks.slice(2, 3))
        const { data: own } = await moneyOf(first.id).then((data) => ({ data }))
        const reference = own.payment.reference as string
        const ids = async (q: string) =>
          ((await api.get(`/admin/incoming-transfers?q=${encodeURIComponent(q)}`, admin)).data.transfers as Array<{ order: { id: string } }>).map(
            (transfer) => transfer.order.id
          )
        expect(await ids(reference.toLowerCase().replace("-", " "))).toEqual([first.id])
        expect(await ids(`Rp ${first.total.toLocaleString("id-ID")}`)).toEqual(expect.arrayContaining([first.id, second.id]))
        expect(await ids(`#${second.displayId}`)).toEqual([second.id])
        expect(await ids("bukan apa-apa")).toEqual([])
        const waiting = ((await api.get("/admin/incoming-transfers", admin)).data.transfers as Array<{ order: { id: string } }>).map((row) => row.order.id)
        expect(waiting.indexOf(first.id)).toBeLessThan(waiting.indexOf(second.id))
        await confirm(first.id, { amount: first.total })
        const after = ((await api.get("/admin/incoming-transfers", admin)).data.transfers as Array<{ order: { id: string } }>).map((row) => row.order.id)
        expect(after).not.toContain(first.id)
        expect(after).toContain(second.id)
      })

      it("records cash by who collected it, and the day's cash list adds up per courier", async () => {
        const before = await balances()
        const budi = [await placeOrder(CASH, picks.slice(0, 1)), await placeOrder(CASH, picks.slice(1, 2))]
        const centre = await placeOrder(CASH, picks.slice(2, 3))
        const nameless = await confirm(budi[0].id, { amount: budi[0].total })
        expect(nameless.status).toBe(400)
        expect(nameless.data.message).toContain("collected_by")
        expect((await confirm(budi[0].id, { amount: budi[0].total, collected_by: "Pak Budi" })).status).toBe(201)
        expect((await confirm(budi[1].id, { amount: budi[1].total - 1000, collected_by: "pak budi " })).status).toBe(201)
        expect((await confirm(centre.id, { amount: centre.total, collected_by: "Pusat OK OCE" })).status).toBe(201)

        const { data: list } = await api.get(`/admin/cash-list?date=${pacitanDay()}`, admin)
        const byName = new Map(
          (list.collectors as Array<{ collected_by: string; total: number; orders: unknown[] }>).map((group) => [group.collected_by, group])
        )
        expect(byName.get("Pak Budi")).toMatchObject({ total: budi[0].total + budi[1].total - 1000 })
        expect(byName.get("Pak Budi")!.orders).toHaveLength(2)
        expect(byName.get("Pusat OK OCE")).toMatchObject({ total: centre.total })
        expect(list.total).toBe(budi[0].total + budi[1].total - 1000 + centre.total)
        expect(list.unsettled).toBe(1)
        expect((await api.get(`/admin/cash-list?date=2020-01-01`, admin)).data).toMatchObject({ collectors: [], total: 0 })

        // Paid in full: those producers are credited; the short one waits.
        await eventually(
          async () => (await balanceOf(picks[0].producerId)) === before.get(picks[0].producerId)! + budi[0].owed.get(picks[0].producerId)!,
          "cash credited"
        )
        await eventually(
          async () => (await balanceOf(picks[2].producerId)) === before.get(picks[2].producerId)! + centre.owed.get(picks[2].producerId)!,
          "cash credited"
        )
        expect(await balanceOf(picks[1].producerId)).toBe(before.get(picks[1].producerId))
        const history = (await api.get("/admin/payment-confirmations?method=cash_on_delivery", admin)).data
        expect(history.count).toBe(3)
        expect(history.confirmations[0]).toMatchObject({ method: "cash_on_delivery", confirmed_by_name: "koordinator@test.local" })
      })

      it("refuses what is not money received, in Indonesian, and changes nothing", async () => {
        const order = await placeOrder(TRANSFER, picks.slice(0, 1))
        const tomorrow = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10)
        const refusals = await Promise.all([
          confirm(order.id, { amount: -5 }),
          confirm(order.id, { amount: 10.5 }),
          confirm(order.id, { amount: "46000" }),
          confirm(order.id, { amount: 1000, received_on: tomorrow }),
          confirm(order.id, { amount: 1000, received_on: "2026-02-30" }),
          confirm(order.id, { amount: 1000, request_key: "" }),
          confirm(order.id, { amount: 1000, extra: true }),
        ])
        for (const refusal of refusals) {
          expect(refusal.status).toBe(400)
          expect(refusal.data.message).toMatch(/amount|received_on|request_key|extra|Unrecognized|tidak dikenal/)
        }
        expect((await confirm("order_tidakada", { amount: 1000 })).status).toBe(404)
        expect((await moneyOf(order.id)).confirmations).toEqual([])
        const key = randomUUID()
        expect((await confirm(order.id, { amount: 1000, request_key: key })).status).toBe(201)
        const other = await placeOrder(TRANSFER, picks.slice(0, 1))
        expect((await confirm(other.id, { amount: 1000, request_key: key })).status).toBe(400)
        expect((await moneyOf(other.id)).confirmations).toEqual([])
        for (const query of ["/admin/cash-list?date=besok", "/admin/payment-confirmations?method=kartu", "/admin/incoming-transfers?limit=0"]) {
          expect((await call(api.get(query, admin))).status).toBe(400)
        }
      })

      /** A buyer's upload, as the storefront's form forwards it: multipart, one file in `receipt`. */
      async function uploadReceipt(
        orderId: string,
        content: Buffer,
        filename = "bukti.jpg",
        type = "image/jpeg",
        key = orderAccessKey(orderId, orderAccessSecret(getContainer()))
      ) {
        const backendUrl = (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL
        const body = new FormData()
        body.append("key", key)
        body.append("receipt", new Blob([new Uint8Array(content)], { type }), filename)
        const response = await fetch(`${backendUrl}/store/orders/${orderId}/transfer-receipts`, { method: "POST", headers: store.headers, body })
        return { status: response.status, data: await response.json() }
      }

      it("keeps a buyer's receipt photo privately for coordinators, upright, small and without its GPS position; refuses what is not a photo, a fourth one, and orders not waiting for a transfer", async () => {
        const order = await placeOrder(TRANSFER, picks.slice(0, 1))
        const photo = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: { r: 250, g: 250, b: 245 } } })
          .jpeg()
          .withExif({ IFD0: { Make: "Ponsel Pembeli" }, IFD3: { GPSLatitudeRef: "S", GPSLatitude: "8/1 12/1 0/1" } })
          .toBuffer()
        // The order's id alone, as its producer sees it, attaches nothing.
        const stranger = await uploadReceipt(order.id, photo, "bukti.jpg", "image/jpeg", orderAccessKey("order_lain", orderAccessSecret(getContainer())))
        expect(stranger.status).toBe(403)
        expect((await moneyOf(order.id)).receipts).toEqual([])
        const sent = await uploadReceipt(order.id, photo)
        expect(sent.status).toBe(201)
        const { receipts } = await moneyOf(order.id)
        expect(receipts).toEqual([expect.objectContaining({ id: sent.data.receipt.id })])
        const shown = await call(api.get(`/admin/orders/${order.id}/transfer-receipts/${receipts[0].id}`, { ...admin, responseType: "arraybuffer" }))
        expect(shown.status).toBe(200)
        const kept = await sharp(Buffer.from(shown.data)).metadata()
        expect({ format: kept.format, width: kept.width, exif: kept.exif }).toEqual({ format: "jpeg", width: 1600, exif: undefined })
        // Never among the public uploads: the file module's id of it answers nothing under /static.
        const settlement: SettlementModuleService = getContainer().resolve(SETTLEMENT_MODULE)
        const [{ file_id }] = await settlement.listTransferReceipts({ order_id: order.id }, { select: ["file_id"] })
        expect((await call(api.get(`/static/${file_id}`))).status).toBe(404)
        expect((await call(api.get(`/admin/orders/${order.id}/transfer-receipts/${receipts[0].id}`, store))).status).toBe(401)

        const notAPhoto = await uploadReceipt(order.id, Buffer.from("%PDF-1.7 struk"), "struk.pdf", "application/pdf")
        expect(notAPhoto).toMatchObject({ status: 400, data: { message: expect.stringContaining("bukan foto") } })
        const tooBig = await uploadReceipt(order.id, Buffer.alloc(9 * 1024 * 1024, 1))
        expect(tooBig).toMatchObject({ status: 400, data: { message: expect.stringContaining("terlalu besar") } })
        expect((await uploadReceipt(order.id, photo)).status).toBe(201)
        expect((await uploadReceipt(order.id, photo)).status).toBe(201)
        const fourth = await uploadReceipt(order.id, photo)
        expect(fourth).toMatchObject({ status: 400, data: { message: expect.stringContaining("Paling banyak 3") } })
        expect((await moneyOf(order.id)).receipts).toHaveLength(3)

        const cash = await placeOrder(CASH, picks.slice(0, 1))
        expect((await uploadReceipt(cash.id, photo)).status).toBe(400)
        expect((await uploadReceipt("order_01JZZZZZZZZZZZZZZZZZZZZZZZ", photo)).status).toBe(404)
        const paid = await placeOrder(TRANSFER, picks.slice(0, 1))
        await confirm(paid.id, { amount: paid.total })
        expect((await uploadReceipt(paid.id, photo)).status).toBe(400)
      })

      it("lets only the head coordinator confirm transfers and read the centre's books; a kecamatan coordinator records cash only within their kecamatan", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const kecamatanOf = async (producerId: string) =>
          (await query.graph({ entity: "producer", fields: ["desa.kecamatan_id"], filters: { id: producerId } })).data[0].desa!.kecamatan_id as string
        const home = await kecamatanOf(picks[0].producerId)
        const kecamatan = await Promise.all(picks.map((pick) => kecamatanOf(pick.producerId)))
        const away = picks.find((_, index) => kecamatan[index] !== home)
        const local = await coordinatorHeaders(container, api, `kecamatan-${randomUUID().slice(0, 8)}@test.local`, { role: "kecamatan", kecamatan_ids: [home] })
        const transfer = await placeOrder(TRANSFER, picks.slice(0, 1))
        expect((await confirm(transfer.id, { amount: transfer.total }, local)).status).toBe(403)
        for (const path of ["/admin/incoming-transfers", "/admin/payment-confirmations", "/admin/cash-list"]) {
          expect((await call(api.get(path, local))).status).toBe(403)
        }
        const cashHere = await placeOrder(CASH, picks.slice(0, 1))
        expect((await confirm(cashHere.id, { amount: cashHere.total, collected_by: "Pak Budi" }, local)).status).toBe(201)
        // The demo's first producers may share a kecamatan; the outside case needs one that does not.
        if (away) {
          const cashThere = await placeOrder(CASH, [away])
          expect((await confirm(cashThere.id, { amount: cashThere.total, collected_by: "Pak Budi" }, local)).status).toBe(403)
          expect((await moneyOf(cashThere.id)).confirmations).toEqual([])
          expect((await call(api.get(`/admin/orders/${cashThere.id}/payment-confirmations`, local))).status).toBe(403)
          expect((await call(api.get(`/admin/orders/${cashThere.id}/transfer-receipts/trcp_x`, local))).status).toBe(403)
        }
        expect((await moneyOf(transfer.id)).confirmations).toEqual([])
      })
    })
  },
  { seeded: true }
)
