import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { backendTestRunner } from "../medusa-runner"
import { fakeMidtransForThisFile } from "../midtrans/fake-midtrans"
import { MIDTRANS_PROVIDER_ID } from "../../src/lib/payment-config"
import { SETTLEMENT_MODULE } from "../../src/modules/settlement"
import type SettlementModuleService from "../../src/modules/settlement/service"
import { pacitanDay } from "../../src/lib/time/pacitan-day"
import { seededStore } from "../seeded-store"
import { storeCheckout } from "../store-checkout"
import { eventually, settle } from "../stripe/card-checkout"
import { producerSharesOfOrder, variantsOfProducers, type ProducerPick } from "../producer-picks"

type Headers = { headers: Record<string, string> }
type Response = { status: number; data: any }

/** Keys the backend and the fake share; neither is a real Midtrans key. */
const KEYS = { serverKey: "SB-Mid-server-fake-tiga-cara", clientKey: "SB-Mid-client-fake-tiga-cara" }
const fake = await fakeMidtransForThisFile(KEYS)

const TRANSFER = "pp_bank-transfer_okoce"
const CASH = "pp_cod_okoce"
/** The OK OCE fee these books are kept with: 2.5% of each producer's sale, in whole rupiah. */
const FEE_BASIS_POINTS = 250
const afterFee = (sale: number) => sale - Math.round((sale * FEE_BASIS_POINTS) / 10_000)

backendTestRunner(
  ({ api, getContainer }) => {
    describe("one order from three producers, paid each way a buyer can pay, in every producer's books to the rupiah", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      let backendUrl: string
      let picks: ProducerPick[]
      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
      const balanceOf = async (producerId: string) => (await api.get(`/admin/producers/${producerId}/settlement`, admin)).data.balance as number
      const balances = async () => new Map(await Promise.all(picks.map(async (pick) => [pick.producerId, await balanceOf(pick.producerId)] as const)))
      const entriesOf = async (orderId: string) =>
        getContainer()
          .resolve<SettlementModuleService>(SETTLEMENT_MODULE)
          .listSettlementEntries({ order_id: orderId }, { select: ["producer_id", "kind", "amount"] })

      /** One unit from each of the three producers, paid with `providerId`; what each producer's lines come to, and Midtrans' order id when it is Midtrans. */
      async function placeOrder(providerId: string) {
        const checkout = storeCheckout(api, store, regionId, providerId)
        const cartId = await checkout.createCart(
          picks.map((pick) => ({ variant_id: pick.variantId, quantity: 1 })),
          `pembeli-${randomUUID().slice(0, 8)}@uji.test`
        )
        await checkout.prepare(cartId)
        const session = await checkout.startPayment(cartId, providerId)
        const completed = await checkout.submit(cartId)
        expect(completed.data.type).toBe("order")
        const shares = await producerSharesOfOrder(getContainer(), completed.data.order.id as string, picks.length)
        return { ...shares, midtransOrderId: session.data.order_id as string | undefined }
      }

      const paymentIdOf = async (orderId: string) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
        return data[0].payment_collections![0]!.payments![0]!.id
      }

      /** Each producer's balance reaches `expected` (the ledger is written by subscribers, a moment after the payment). */
      async function booksShow(expected: Map<string, number>) {
        for (const pick of picks) {
          await eventually(
            async () => (await balanceOf(pick.producerId)) === expected.get(pick.producerId),
            `${pick.producerId}'s balance at ${expected.get(pick.producerId)}`
          )
        }
      }

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin, regionId } = await seededStore(container, api))
        await api.post(`/admin/regions/${regionId}`, { payment_providers: [TRANSFER, CASH, MIDTRANS_PROVIDER_ID] }, admin)
        backendUrl = (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL
        expect((await api.post("/admin/settlement/fee", { percent: FEE_BASIS_POINTS / 100 }, admin)).status).toBe(200)
        picks = await variantsOfProducers(api, store, container, 3, 8)
        expect(picks).toHaveLength(3)
      })

      it("credits each producer their own lines less the fee, whether the buyer pays by QRIS, by a transfer a coordinator confirms, or in cash a courier hands over; forged and replayed notifications change nothing", async () => {
        const expected = await balances()
        const credit = (order: { owed: Map<string, number> }) => {
          for (const [producerId, sale] of order.owed) expected.set(producerId, expected.get(producerId)! + afterFee(sale))
        }

        const qris = await placeOrder(MIDTRANS_PROVIDER_ID)
        // A forged notification claiming the payment changes nothing. It comes before Midtrans is paid: once it
        // is, the sweep that asks Midtrans about waiting orders every 15 minutes rightly captures the order,
        // and a run that met the quarter hour (as a clean-clone CI did) took that for the forgery's doing.
        const forged = { ...fake.notification(qris.midtransOrderId!), transaction_status: "settlement", signature_key: "f".repeat(128) }
        expect((await fake.deliver(forged, backendUrl)).status).toBe(400)
        await settle()
        expect(await entriesOf(qris.id)).toEqual([])
        fake.pay(qris.midtransOrderId!, "qris")
        const notification = fake.notification(qris.midtransOrderId!)
        expect((await fake.deliver(notification, backendUrl)).status).toBe(200)
        credit(qris)
        await booksShow(expected)
        expect((await fake.deliver(notification, backendUrl)).status).toBe(200)

        const transfer = await placeOrder(TRANSFER)
        const confirmed = await call(
          api.post(
            `/admin/orders/${transfer.id}/payment-confirmations`,
            { amount: transfer.total, received_on: pacitanDay(), request_key: randomUUID() },
            admin
          )
        )
        expect(confirmed.status).toBe(201)
        credit(transfer)
        await booksShow(expected)

        const cash = await placeOrder(CASH)
        const handedOver = await call(
          api.post(
            `/admin/orders/${cash.id}/payment-confirmations`,
            { amount: cash.total, received_on: pacitanDay(), collected_by: "Kurir Pak Budi", request_key: randomUUID() },
            admin
          )
        )
        expect(handedOver.status).toBe(201)
        credit(cash)
        await booksShow(expected)

        // Every order wrote, for each producer, one sale of their lines and one fee on it: nothing twice after the replay.
        for (const order of [qris, transfer, cash]) {
          const entries = await entriesOf(order.id)
          for (const [producerId, sale] of order.owed) {
            const own = entries.filter((entry) => entry.producer_id === producerId)
            expect(own.map((entry) => [entry.kind, entry.amount]).sort()).toEqual(
              [
                ["fee", -(sale - afterFee(sale))],
                ["sale", sale],
              ].sort()
            )
          }
        }
        await settle()
        for (const pick of picks) expect(await balanceOf(pick.producerId)).toBe(expected.get(pick.producerId))
      })

      it("takes a payout to the rupiah, and takes back what a refund through Midtrans and a cancellation after a confirmed transfer return", async () => {
        const start = await balances()

        const qris = await placeOrder(MIDTRANS_PROVIDER_ID)
        fake.pay(qris.midtransOrderId!, "qris")
        expect((await fake.deliver(fake.notification(qris.midtransOrderId!), backendUrl)).status).toBe(200)
        const transfer = await placeOrder(TRANSFER)
        await api.post(
          `/admin/orders/${transfer.id}/payment-confirmations`,
          { amount: transfer.total, received_on: pacitanDay(), request_key: randomUUID() },
          admin
        )
        const credited = new Map(
          picks.map((pick) => [
            pick.producerId,
            start.get(pick.producerId)! + afterFee(qris.owed.get(pick.producerId)!) + afterFee(transfer.owed.get(pick.producerId)!),
          ])
        )
        await booksShow(credited)

        // A payout to a confirmed account takes exactly what was paid; more than the balance is refused.
        const [first] = picks
        const settlement: SettlementModuleService = getContainer().resolve(SETTLEMENT_MODULE)
        const [account] = await settlement.listPayoutAccounts({ producer_id: first.producerId })
        if (!account) await settlement.createPayoutAccounts({ producer_id: first.producerId, bank: "BRI", number: "0123456789", holder: "Pemilik Usaha" })
        const confirmedAccount = await call(api.post(`/admin/producers/${first.producerId}/payout-account/confirm`, {}, admin))
        expect({ status: confirmedAccount.status, message: confirmedAccount.data.message }).toEqual({ status: 200, message: undefined })
        const listed = (await api.get("/admin/settlement/balances?limit=200", admin)).data.balances as Array<{ producer: { id: string }; account: unknown }>
        expect(listed.find((row) => row.producer.id === first.producerId)?.account).toMatchObject({ confirmed: true })
        const balance = await balanceOf(first.producerId)
        const refused = await call(
          api.post(`/admin/producers/${first.producerId}/payouts`, { amount: balance + 1, reference: "TRF-LEBIH", paid_on: pacitanDay() }, admin)
        )
        expect(refused.status).toBe(400)
        const paid = await call(
          api.post(`/admin/producers/${first.producerId}/payouts`, { amount: 1000, reference: `TRF-${randomUUID().slice(0, 6)}`, paid_on: pacitanDay() }, admin)
        )
        expect({ status: paid.status, message: paid.data.message }).toEqual({ status: 201, message: undefined })
        expect(await balanceOf(first.producerId)).toBe(balance - 1000)
        start.set(first.producerId, start.get(first.producerId)! - 1000)

        // The whole QRIS payment refunded through Midtrans, and the transfer order cancelled (Medusa refunds it): the books are back where they started, less the payout.
        expect((await call(api.post(`/admin/payments/${await paymentIdOf(qris.id)}/refund`, { amount: qris.total }, admin))).status).toBe(200)
        expect(fake.status(qris.midtransOrderId!)).toBe("refund")
        expect((await call(api.post(`/admin/orders/${transfer.id}/cancel`, {}, admin))).status).toBe(200)
        await booksShow(start)
      })
    })
  },
  { seeded: true }
)
