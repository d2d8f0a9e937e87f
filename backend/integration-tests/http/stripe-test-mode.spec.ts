import { Stripe } from "../../src/modules/payment-stripe/stripe-package"
import { backendTestRunner } from "../medusa-runner"
import { storeCheckout } from "../store-checkout"
import { enableCardPayments, eventually, orderOfCart, pickStockedVariant, STRIPE_PROVIDER_ID, stockOf, type StockedVariant } from "../stripe/card-checkout"
import { seededStore } from "../seeded-store"

type Headers = { headers: Record<string, string> }

/**
 * The same card checkout against Stripe's real test mode, to catch where the
 * local fake and Stripe part ways. Runs only with STRIPE_TEST_SECRET_KEY (an
 * sk_test_ key) and network access to api.stripe.com. Stripe cannot reach this
 * machine's webhook endpoint, so the test fetches the event Stripe really
 * created and delivers it signed with a local endpoint secret.
 */
const secretKey = process.env.STRIPE_TEST_SECRET_KEY
const LOCAL_WEBHOOK_SECRET = "whsec_local_test_mode_endpoint"
const RETURN_URL = "http://localhost:4321/id/checkout"

if (secretKey) {
  if (!secretKey.startsWith("sk_test_")) throw new Error("STRIPE_TEST_SECRET_KEY must be a test-mode secret key (sk_test_...)")
  // Medusa's test runner reads medusa-config.ts before it applies its `env` option: set them first.
  Object.assign(process.env, { STRIPE_API_KEY: secretKey, STRIPE_WEBHOOK_SECRET: LOCAL_WEBHOOK_SECRET, STRIPE_API_BASE: "", PAYMENT_WEBHOOK_DELAY_MS: "50" })
}

describe.runIf(Boolean(secretKey))("card payments against Stripe's test mode", () => {
  const stripe = secretKey ? (new Stripe(secretKey) as any) : undefined

  backendTestRunner(
    ({ api, getContainer }) => {
      describe("checkout and webhooks with real PaymentIntents", () => {
        let store: Headers
        let admin: Headers
        let regionId: string
        let picked: StockedVariant
        let backendUrl: string
        const checkout = () => storeCheckout(api, store, regionId)

        beforeAll(async () => {
          const container = getContainer()
          ;({ store, admin, regionId } = await seededStore(container, api))
          await enableCardPayments(api, admin, regionId)
          picked = await pickStockedVariant(api, store, container)
          backendUrl = (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL
        })

        async function cartWithCardSession(quantity: number) {
          const cartId = await checkout().createCart([{ variant_id: picked.variantId, quantity }])
          await checkout().prepare(cartId)
          const session = await checkout().startPayment(cartId, STRIPE_PROVIDER_ID)
          const { data } = await api.get(`/store/carts/${cartId}?fields=total`, store)
          return { cartId, session, intentId: session.data.id as string, total: data.cart.total as number }
        }

        /** Stripe.js confirms with the publishable key in a browser; with the secret key the API takes the same confirmation. */
        const confirm = (intentId: string, paymentMethod: string) =>
          stripe.paymentIntents.confirm(intentId, { payment_method: paymentMethod, return_url: RETURN_URL }).catch((error: unknown) => error)

        it("authorises a test card for the cart's total in IDR and places the order", async () => {
          const { cartId, intentId, total } = await cartWithCardSession(2)
          expect(await stripe.paymentIntents.retrieve(intentId)).toMatchObject({
            amount: total * 100,
            currency: "idr",
            capture_method: "manual",
            status: "requires_payment_method",
          })
          expect(await confirm(intentId, "pm_card_visa")).toMatchObject({ status: "requires_capture", amount_capturable: total * 100 })

          const completed = await checkout().submit(cartId)
          expect(completed.data.type).toBe("order")
          const { data } = await api.get(`/admin/orders/${completed.data.order.id}?fields=+payment_status`, admin)
          expect(data.order.payment_status).toBe("authorized")
        })

        it("refuses to complete the cart when Stripe declines the card", async () => {
          const { cartId, session, intentId } = await cartWithCardSession(1)
          expect(await confirm(intentId, "pm_card_chargeDeclined")).toMatchObject({ type: "StripeCardError", code: "card_declined" })
          const completed = await checkout().submit(cartId)
          expect(completed.status).toBe(400)
          expect(completed.data.message).toBe(`Session: ${session.id} was not authorized with the provider.`)
          expect(await orderOfCart(getContainer(), cartId)).toBeUndefined()
        })

        it("cancels the order when Stripe's own payment_intent.canceled event arrives, returning the stock", async () => {
          const before = await stockOf(getContainer(), picked.inventoryItemId)
          const { cartId, intentId } = await cartWithCardSession(1)
          await confirm(intentId, "pm_card_visa")
          expect((await checkout().submit(cartId)).data.type).toBe("order")
          await stripe.paymentIntents.cancel(intentId)

          const event = await eventually(async () => {
            const { data } = await stripe.events.list({ type: "payment_intent.canceled", limit: 20 })
            return data.find((candidate: { data: { object: { id: string } } }) => candidate.data.object.id === intentId)
          }, "Stripe's payment_intent.canceled event")
          const payload = JSON.stringify(event)
          const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: LOCAL_WEBHOOK_SECRET })
          const delivered = await fetch(`${backendUrl}/hooks/payment/stripe_stripe`, {
            method: "POST",
            headers: { "content-type": "application/json", "stripe-signature": signature },
            body: payload,
          })
          expect(delivered.status).toBe(200)

          await eventually(async () => (await orderOfCart(getContainer(), cartId))?.status === "canceled", "the order to be canceled")
          expect(await stockOf(getContainer(), picked.inventoryItemId)).toEqual(before)
        })
      })
    },
    { seeded: true }
  )
})
