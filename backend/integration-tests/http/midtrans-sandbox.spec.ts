import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { Snap, type MidtransError } from "midtrans-client"
import { backendTestRunner } from "../medusa-runner"
import { asOrdersBuyer } from "../order-reader"
import { deliverNotification, settlementClaim } from "../midtrans/claimed-notification"
import { orderOfCart, pickStockedVariant, type StockedVariant } from "../stripe/card-checkout"
import { seededStore } from "../seeded-store"
import { storeCheckout } from "../store-checkout"
import { MIDTRANS_PROVIDER_ID, midtransOptionsOf } from "../../src/lib/payment-config"
import { midtransClients, type MidtransClients } from "../../src/modules/payment-midtrans/clients"

type Headers = { headers: Record<string, string> }
type SnapItem = { price: number; quantity: number }

/**
 * The Midtrans checkout against Midtrans' real sandbox, to catch where the local
 * fake and Midtrans part ways. Runs only with MIDTRANS_SANDBOX_SERVER_KEY and
 * MIDTRANS_SANDBOX_CLIENT_KEY (a sandbox account's Access Keys) and network
 * access to Midtrans. Nobody pays on Snap's page here and Midtrans cannot reach
 * this machine's notification URL, so it covers what the sandbox answers to a
 * transaction nobody has paid: its creation, its status, its closing, and the
 * notifications the test posts itself.
 */
const serverKey = process.env.MIDTRANS_SANDBOX_SERVER_KEY
const clientKey = process.env.MIDTRANS_SANDBOX_CLIENT_KEY
/** A key that is not this merchant's: what a forger would sign with. */
const OTHER_SERVER_KEY = "SB-Mid-server-not-this-merchant"
/** Where the real library sends sandbox requests (no MIDTRANS_API_BASE): Snap's payment pages are on this origin. */
const SANDBOX_SNAP_ORIGIN = new URL(new Snap({ isProduction: false, serverKey: "", clientKey: "" }).apiConfig.getSnapApiBaseUrl()).origin
/** How long to watch for a change that must not happen: a status call to Midtrans across the internet takes a while. */
const WATCH_MS = 5_000

if (serverKey) {
  if (!clientKey) throw new Error("MIDTRANS_SANDBOX_CLIENT_KEY is missing: with MIDTRANS_SANDBOX_SERVER_KEY set, the sandbox account's client key is required")
  // Medusa's test runner reads medusa-config.ts before it applies its `env` option: set them first.
  Object.assign(process.env, {
    MIDTRANS_SERVER_KEY: serverKey,
    MIDTRANS_CLIENT_KEY: clientKey,
    MIDTRANS_IS_PRODUCTION: "false",
    MIDTRANS_API_BASE: "",
    PAYMENT_WEBHOOK_DELAY_MS: "50",
  })
}

/** Midtrans' status code for a call: the body's status_code, or the refusal's (the library throws for 400 and more). */
const statusCodeOf = (call: Promise<Record<string, unknown>>) =>
  call.then(
    (body) => String(body.status_code),
    (error: MidtransError) => String(error.httpStatusCode)
  )

/** What Midtrans' status API says of a transaction: its status, or "not found" for its 404. */
const statusAtMidtrans = (midtrans: MidtransClients, orderId: string) =>
  midtrans.core.transaction.status(orderId).then(
    (body) => String(body.transaction_status),
    (error: MidtransError) => {
      if (Number(error.httpStatusCode) === 404) return "not found"
      throw error
    }
  )

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.runIf(Boolean(serverKey))("Midtrans Snap against Midtrans' sandbox (runs with MIDTRANS_SANDBOX_SERVER_KEY and MIDTRANS_SANDBOX_CLIENT_KEY)", () => {
  backendTestRunner(
    ({ api, getContainer }) => {
      describe("real Snap transactions nobody has paid yet", () => {
        let store: Headers
        let admin: Headers
        let regionId: string
        let picked: StockedVariant
        let backendUrl: string
        /** The backend's own Midtrans clients, as medusa-config.ts set them up: the test asks Midtrans what the backend would. */
        let midtrans: MidtransClients
        const checkout = () => storeCheckout(api, store, regionId, MIDTRANS_PROVIDER_ID)

        beforeAll(async () => {
          const container = getContainer()
          ;({ store, admin, regionId } = await seededStore(container, api))
          await api.post(`/admin/regions/${regionId}`, { payment_providers: ["pp_bank-transfer_okoce", "pp_cod_okoce", MIDTRANS_PROVIDER_ID] }, admin)
          picked = await pickStockedVariant(api, store, container, 10)
          backendUrl = (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL
          midtrans = midtransClients(midtransOptionsOf(container.resolve(ContainerRegistrationKeys.CONFIG_MODULE))!)
        })

        async function placeOrder(quantity = 1) {
          const cartId = await checkout().createCart([{ variant_id: picked.variantId, quantity }])
          await checkout().prepare(cartId)
          const session = await checkout().startPayment(cartId, MIDTRANS_PROVIDER_ID)
          const completed = await checkout().submit(cartId)
          expect(completed.data.type).toBe("order")
          return {
            cartId,
            session,
            orderId: session.data.order_id as string,
            amount: session.data.amount as number,
            order: completed.data.order as { id: string },
          }
        }

        const instructionsOf = async (orderId: string) =>
          (await api.get(`/store/orders/${orderId}/payment-instructions`, asOrdersBuyer(store, orderId, getContainer()))).data.payment

        const capturesOf = async (cartId: string) =>
          (await orderOfCart(getContainer(), cartId))?.payment_collections[0]?.payments.flatMap((payment) => payment.captures) ?? []

        it("opens a Snap transaction on the sandbox for the cart's total, whose lines add up to it as Midtrans demands", async () => {
          const cartId = await checkout().createCart([{ variant_id: picked.variantId, quantity: 3 }])
          await checkout().prepare(cartId)
          const session = await checkout().startPayment(cartId, MIDTRANS_PROVIDER_ID)
          const { cart } = (await api.get(`/store/carts/${cartId}?fields=total,items.unit_price,items.quantity`, store)).data

          // Midtrans answered with a token only because it accepted the lines as adding up to the gross amount.
          expect(session.data).toMatchObject({ amount: cart.total, token: expect.any(String) })
          const items = session.data.items as SnapItem[]
          expect(items.reduce((sum, item) => sum + item.price * item.quantity, 0)).toBe(cart.total)
          expect(items[0]).toMatchObject({ price: cart.items[0].unit_price, quantity: 3 })
          const page = new URL(session.data.redirect_url)
          expect(page.origin).toBe(SANDBOX_SNAP_ORIGIN)
          expect(page.pathname).toMatch(/^\/snap\//)
        })

        it("places the order unpaid while Midtrans' status API does not know the transaction yet (404), and keeps offering Snap's page", async () => {
          const { cartId, orderId, session, order } = await placeOrder(2)
          // Midtrans has no transaction status until the buyer chooses how to pay on Snap's page.
          expect(await statusAtMidtrans(midtrans, orderId)).toBe("not found")
          expect(await instructionsOf(order.id)).toMatchObject({ method: "midtrans", paid: false, canceled: false, pay_url: session.data.redirect_url })
          expect(await capturesOf(cartId)).toEqual([])
          expect((await orderOfCart(getContainer(), cartId))!.status).toBe("pending")
        })

        it("refuses with 400 a notification signed with another server key, and changes nothing", async () => {
          const { cartId, orderId, amount, order } = await placeOrder()
          const forged = await deliverNotification(backendUrl, settlementClaim(orderId, amount, OTHER_SERVER_KEY))
          expect(forged).toEqual({ status: 400, message: "Tanda tangan notifikasi Midtrans tidak sah" })
          await pause(WATCH_MS)
          expect(await capturesOf(cartId)).toEqual([])
          expect(await instructionsOf(order.id)).toMatchObject({ paid: false, canceled: false })
        })

        it("captures nothing on a correctly signed notification claiming settlement that Midtrans' status API does not confirm", async () => {
          const { cartId, orderId, amount, order } = await placeOrder()
          // Signed with the merchant's own key: it passes the signature check, and only the status API can refute it.
          expect((await deliverNotification(backendUrl, settlementClaim(orderId, amount, serverKey!))).status).toBe(200)
          await pause(WATCH_MS)
          expect(await capturesOf(cartId)).toEqual([])
          expect((await orderOfCart(getContainer(), cartId))!.status).toBe("pending")
          expect(await instructionsOf(order.id)).toMatchObject({ paid: false, canceled: false })
        })

        it("leaves nothing open on Midtrans that could take money for an order a coordinator cancels before it is paid", async () => {
          const { cartId, orderId, order } = await placeOrder()
          expect((await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)).status).toBe(200)
          expect((await orderOfCart(getContainer(), cartId))!.status).toBe("canceled")
          expect(await instructionsOf(order.id)).toEqual(expect.objectContaining({ method: "midtrans", canceled: true }))
          expect((await instructionsOf(order.id)).pay_url).toBeUndefined()
          const status = await statusAtMidtrans(midtrans, orderId)
          expect(["expire", "cancel", "not found"]).toContain(status)
          // Not found: nobody had chosen how to pay, so there was nothing to close, and Midtrans says the same
          // when asked to expire it. Were that accepted, the provider would have to expire such transactions too.
          if (status === "not found") expect(await statusCodeOf(midtrans.core.transaction.expire(orderId))).toBe("404")
        })
      })
    },
    { seeded: true }
  )
})
