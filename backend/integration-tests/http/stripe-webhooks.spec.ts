import { randomUUID } from "node:crypto"
import { Stripe } from "../../src/modules/payment-stripe/stripe-package"
import { backendTestRunner } from "../medusa-runner"
import { startFakeStripe, type StripeEvent } from "../stripe/fake-stripe"
import {
  cardCheckout,
  enableCardPayments,
  eventually,
  FAKE_STRIPE_KEYS,
  fakeStripeEnv,
  orderOfCart,
  pickStockedVariant,
  settle,
  stockOf,
  type StockedVariant,
} from "../stripe/card-checkout"
import { seededStore } from "../seeded-store"

type Headers = { headers: Record<string, string> }

const fake = await startFakeStripe(FAKE_STRIPE_KEYS)
afterAll(() => fake.stop())
// Medusa's test runner reads medusa-config.ts before it applies its `env` option: set them first.
Object.assign(process.env, fakeStripeEnv(fake))

/** The same event as Stripe would resend it from its Dashboard under a new id ("resend" keeps the id; a new event does not). */
const sameEventNewId = (event: StripeEvent): StripeEvent => ({ ...event, id: `evt_${randomUUID().replace(/-/g, "")}` })

backendTestRunner(
  ({ api, getContainer }) => {
    describe("Stripe's webhook events", () => {
      let store: Headers
      let admin: Headers
      let regionId: string
      let picked: StockedVariant
      let backendUrl: string
      const card = () => cardCheckout(api, store, regionId, fake, picked.variantId)
      const stock = () => stockOf(getContainer(), picked.inventoryItemId)
      const paymentStatus = async (orderId: string) => (await api.get(`/admin/orders/${orderId}?fields=+payment_status`, admin)).data.order.payment_status

      beforeAll(async () => {
        const container = getContainer()
        ;({ store, admin, regionId } = await seededStore(container, api))
        await enableCardPayments(api, admin, regionId)
        picked = await pickStockedVariant(api, store, container)
        backendUrl = (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL
      })

      it("answers a forged or unsigned event with 400 and changes nothing", async () => {
        const { cartId, intentId, orderId } = await card().placeCardOrder(2)
        const reserved = await stock()
        fake.lapseAuthorization(intentId)
        const canceled = fake.lastEvent(intentId, "payment_intent.canceled")

        const forged = await fake.deliver(canceled, backendUrl, { signWith: "whsec_not_the_endpoint_secret" })
        expect(forged.status).toBe(400)
        expect(JSON.parse(forged.body).message).toMatch(/^Invalid Stripe signature: No signatures found matching the expected signature for payload/)

        const unsigned = await fetch(`${backendUrl}/hooks/payment/stripe_stripe`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(canceled),
        })
        expect(unsigned.status).toBe(400)
        expect((await unsigned.json()).message).toBe("Missing Stripe-Signature header: only Stripe's signed events are accepted")

        // Signed with the endpoint's secret, then altered on the way: the signature no longer matches the bytes.
        const signature = Stripe.webhooks.generateTestHeaderString({ payload: JSON.stringify(canceled), secret: FAKE_STRIPE_KEYS.webhookSecret })
        const altered = JSON.stringify({ ...canceled, data: { object: { ...canceled.data.object, amount: 1 } } })
        const tampered = await fetch(`${backendUrl}/hooks/payment/stripe_stripe`, {
          method: "POST",
          headers: { "content-type": "application/json", "stripe-signature": signature },
          body: altered,
        })
        expect(tampered.status).toBe(400)
        expect((await tampered.json()).message).toMatch(/^Invalid Stripe signature: No signatures found matching the expected signature for payload/)

        await settle()
        const order = await orderOfCart(getContainer(), cartId)
        expect(order?.status).toBe("pending")
        expect(await paymentStatus(orderId)).toBe("authorized")
        expect(await stock()).toEqual(reserved)
      })

      it("cancels the order when its card hold lapses (payment_intent.canceled) and gives the reserved stock back", async () => {
        const before = await stock()
        const { cartId, intentId } = await card().placeCardOrder(2)
        expect(await stock()).toEqual({ stocked: before.stocked, reserved: before.reserved + 2 })

        fake.lapseAuthorization(intentId)
        const delivered = await fake.deliver(fake.lastEvent(intentId, "payment_intent.canceled"), backendUrl)
        expect(delivered.status).toBe(200)

        const order = await eventually(async () => {
          const current = await orderOfCart(getContainer(), cartId)
          return current?.status === "canceled" ? current : undefined
        }, "the order to be canceled")
        expect(order.payment_collections[0].payments[0].canceled_at).not.toBeNull()
        expect(await stock()).toEqual(before)
      })

      it("changes nothing when the same event arrives again, by id or as a new event about the same payment", async () => {
        const before = await stock()
        const { cartId, intentId } = await card().placeCardOrder(1)
        fake.lapseAuthorization(intentId)
        const event = fake.lastEvent(intentId, "payment_intent.canceled")
        expect((await fake.deliver(event, backendUrl)).status).toBe(200)
        await eventually(async () => (await orderOfCart(getContainer(), cartId))?.status === "canceled", "the order to be canceled")
        const canceledOrder = await orderOfCart(getContainer(), cartId)

        const replayed = await fake.deliver(event, backendUrl)
        expect(replayed).toMatchObject({ status: 200 })
        expect(JSON.parse(replayed.body)).toEqual({ received: true, duplicate: true })
        expect((await fake.deliver(sameEventNewId(event), backendUrl)).status).toBe(200)

        await settle()
        expect(await orderOfCart(getContainer(), cartId)).toEqual(canceledOrder)
        expect(await stock()).toEqual(before)
      })

      it("cancels the order when a later charge of its payment fails (payment_intent.payment_failed), releasing the card hold", async () => {
        const before = await stock()
        const { cartId, intentId } = await card().placeCardOrder(3)
        fake.failPayment(intentId)
        expect((await fake.deliver(fake.lastEvent(intentId, "payment_intent.payment_failed"), backendUrl)).status).toBe(200)

        await eventually(async () => (await orderOfCart(getContainer(), cartId))?.status === "canceled", "the order to be canceled")
        expect(await stock()).toEqual(before)
        // Cancelling the order cancelled the intent at Stripe too.
        expect(fake.paymentIntent(intentId).status).toBe("canceled")
      })

      it("creates nothing when the payment of a cart not yet completed fails or is cancelled", async () => {
        const before = await stock()
        const { cartId, session, intentId } = await card().cartWithCardSession(2)
        await fake.confirmAsStripeJs(session.data, "pm_card_chargeDeclined")
        expect((await fake.deliver(fake.lastEvent(intentId, "payment_intent.payment_failed"), backendUrl)).status).toBe(200)
        fake.lapseAuthorization(intentId)
        expect((await fake.deliver(fake.lastEvent(intentId, "payment_intent.canceled"), backendUrl)).status).toBe(200)

        await settle()
        expect(await orderOfCart(getContainer(), cartId)).toBeUndefined()
        expect((await api.get(`/store/carts/${cartId}`, store)).data.cart.completed_at).toBeNull()
        expect(await stock()).toEqual(before)
      })

      it("completes a cart whose buyer paid but never came back once payment_intent.succeeded arrives, with the payment captured", async () => {
        const before = await stock()
        const { cartId, session, intentId, cart } = await card().cartWithCardSession(1)
        expect((await fake.confirmAsStripeJs(session.data, "pm_card_visa")).status).toBe(200)
        // The buyer's browser closed before the storefront completed the cart; the payment was captured in Stripe's Dashboard.
        fake.intents.capture(intentId, {})
        const succeeded = fake.lastEvent(intentId, "payment_intent.succeeded")
        expect((await fake.deliver(succeeded, backendUrl)).status).toBe(200)

        const order = await eventually(() => orderOfCart(getContainer(), cartId), "the cart to become an order")
        expect(await paymentStatus(order.id)).toBe("captured")
        expect(order.payment_collections[0].payments).toEqual([expect.objectContaining({ captured_at: expect.anything(), captures: [expect.anything()] })])
        expect(fake.paymentIntent(intentId)).toMatchObject({ status: "succeeded", amount_received: cart.total * 100 })
        expect(await stock()).toEqual({ stocked: before.stocked, reserved: before.reserved + 1 })

        // Stripe delivers again: still one order, one capture.
        expect((await fake.deliver(succeeded, backendUrl)).status).toBe(200)
        expect((await fake.deliver(sameEventNewId(succeeded), backendUrl)).status).toBe(200)
        await settle()
        expect(await orderOfCart(getContainer(), cartId)).toEqual(order)
      })

      it("marks the payment of a placed order captured when it was captured in Stripe's Dashboard", async () => {
        const { intentId, orderId } = await card().placeCardOrder(1)
        fake.intents.capture(intentId, {})
        expect((await fake.deliver(fake.lastEvent(intentId, "payment_intent.succeeded"), backendUrl)).status).toBe(200)
        await eventually(async () => (await paymentStatus(orderId)) === "captured", "the payment to be captured")
      })
    })
  },
  { seeded: true }
)
