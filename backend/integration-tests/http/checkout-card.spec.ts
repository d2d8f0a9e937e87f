import { backendTestRunner } from "../medusa-runner"
import { storeCheckout } from "../store-checkout"
import { startFakeStripe } from "../stripe/fake-stripe"
import {
  cardCheckout,
  enableCardPayments,
  FAKE_STRIPE_KEYS,
  fakeStripeEnv,
  orderOfCart,
  pickStockedVariant,
  reservationsOfLines,
  STRIPE_PROVIDER_ID,
  stockOf,
  type StockedVariant,
} from "../stripe/card-checkout"
import { seededStore } from "../seeded-store"

type Headers = { headers: Record<string, string> }

// The backend's Stripe client talks to this fake of Stripe's PaymentIntents API for the whole file.
const fake = await startFakeStripe(FAKE_STRIPE_KEYS)
afterAll(() => fake.stop())
// Medusa's test runner reads medusa-config.ts before it applies its `env` option: set them first.
Object.assign(process.env, fakeStripeEnv(fake))

backendTestRunner(
  ({ api, getContainer }) => {
    describe("card checkout through Stripe", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      let picked: StockedVariant
      const checkout = () => storeCheckout(api, store, regionId)

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin, regionId } = await seededStore(container, api))
        await enableCardPayments(api, admin, regionId)
        picked = await pickStockedVariant(api, store, container)
      })

      const cartWithCardSession = (quantity = 1) => cardCheckout(api, store, regionId, fake, picked.variantId).cartWithCardSession(quantity)

      it("offers Stripe in the region and opens a PaymentIntent in IDR for the cart's total in sen (Rp 1 = 100)", async () => {
        const { data } = await api.get(`/store/payment-providers?region_id=${regionId}`, store)
        expect(data.payment_providers.map((provider: { id: string }) => provider.id)).toContain(STRIPE_PROVIDER_ID)

        const { session, cart } = await cartWithCardSession(2)
        expect(cart.currency_code).toBe("idr")
        const intent = fake.paymentIntent(session.data.id)
        expect(intent).toMatchObject({
          currency: "idr",
          amount: cart.total * 100,
          capture_method: "manual",
          status: "requires_payment_method",
          metadata: { session_id: session.id },
        })
        // The storefront hands this to Stripe.js.
        expect(session.data.client_secret).toBe(intent.client_secret)
      })

      it("places the order once the buyer's card is confirmed, with the card payment authorised and stock reserved", async () => {
        const before = await stockOf(getContainer(), picked.inventoryItemId)
        const { cartId, session, cart } = await cartWithCardSession(2)
        const confirmed = await fake.confirmAsStripeJs(session.data, "pm_card_visa")
        expect(confirmed).toMatchObject({ status: 200, body: { status: "requires_capture", amount_capturable: cart.total * 100 } })

        const completed = await checkout().submit(cartId)
        expect(completed.status).toBe(200)
        expect(completed.data.type).toBe("order")

        const { data } = await api.get(`/admin/orders/${completed.data.order.id}?fields=+payment_status,total`, admin)
        expect(data.order).toMatchObject({ payment_status: "authorized", total: cart.total })
        const order = (await orderOfCart(getContainer(), cartId))!
        expect(order.payment_collections[0].payments).toEqual([
          expect.objectContaining({ data: expect.objectContaining({ id: session.data.id }), captured_at: null, canceled_at: null }),
        ])
        expect(fake.paymentIntent(session.data.id).status).toBe("requires_capture")
        expect(await stockOf(getContainer(), picked.inventoryItemId)).toEqual({ stocked: before.stocked, reserved: before.reserved + 2 })
      })

      it("charges the card when the coordinator captures the order's payment", async () => {
        const { cartId, session, cart } = await cartWithCardSession()
        await fake.confirmAsStripeJs(session.data, "pm_card_visa")
        const completed = await checkout().submit(cartId)
        const order = (await orderOfCart(getContainer(), cartId))!
        const paymentId = order.payment_collections[0].payments[0].id

        const captured = await api.post(`/admin/payments/${paymentId}/capture`, {}, admin)
        expect(captured.status).toBe(200)
        expect(fake.paymentIntent(session.data.id)).toMatchObject({ status: "succeeded", amount_received: cart.total * 100 })
        const { data } = await api.get(`/admin/orders/${completed.data.order.id}?fields=+payment_status`, admin)
        expect(data.order.payment_status).toBe("captured")
      })

      it("refuses to complete the cart when the card was declined: 400 with the reason, no order, nothing reserved", async () => {
        const before = await stockOf(getContainer(), picked.inventoryItemId)
        const { cartId, session, cart } = await cartWithCardSession(2)
        const declined = await fake.confirmAsStripeJs(session.data, "pm_card_chargeDeclined")
        expect(declined).toMatchObject({ status: 402, body: { error: { type: "card_error", code: "card_declined", message: "Your card was declined." } } })

        const completed = await checkout().submit(cartId)
        expect(completed.status).toBe(400)
        expect(completed.data).toMatchObject({ type: "not_allowed", message: `Session: ${session.id} was not authorized with the provider.` })

        expect(await orderOfCart(getContainer(), cartId)).toBeUndefined()
        const { data } = await api.get(`/store/carts/${cartId}`, store)
        expect(data.cart.completed_at).toBeNull()
        expect(
          await reservationsOfLines(
            getContainer(),
            cart.items.map((item) => item.id)
          )
        ).toEqual([])
        expect(await stockOf(getContainer(), picked.inventoryItemId)).toEqual(before)
        expect(fake.paymentIntent(session.data.id)).toMatchObject({ status: "requires_payment_method", last_payment_error: { code: "card_declined" } })
      })

      it("lets the buyer pay with another card after a decline", async () => {
        const { cartId, session } = await cartWithCardSession()
        await fake.confirmAsStripeJs(session.data, "pm_card_chargeDeclined")
        expect((await checkout().submit(cartId)).status).toBe(400)

        // The storefront opens a fresh session for the next attempt; Stripe.js confirms it.
        const retry = await checkout().startPayment(cartId, STRIPE_PROVIDER_ID)
        expect(retry.data.id).not.toBe(session.data.id)
        expect((await fake.confirmAsStripeJs(retry.data, "pm_card_visa")).status).toBe(200)
        const completed = await checkout().submit(cartId)
        expect(completed.data.type).toBe("order")
      })
    })
  },
  { seeded: true }
)
