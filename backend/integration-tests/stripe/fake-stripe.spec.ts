import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { stripeClientConfig } from "../../src/modules/payment-stripe/service"
import { Stripe } from "../../src/modules/payment-stripe/stripe-package"
import { startFakeStripe, type FakeStripe } from "./fake-stripe"

const SECRET_KEY = "sk_test_fake_pasar_desa"
const PUBLISHABLE_KEY = "pk_test_fake_pasar_desa"
const WEBHOOK_SECRET = "whsec_fake_pasar_desa"

/** The fake through the real `stripe` client (the version Medusa's provider uses), as the backend talks to it. */
describe("fake Stripe PaymentIntents API", () => {
  let fake: FakeStripe
  let stripe: any

  beforeAll(async () => {
    fake = await startFakeStripe({ secretKey: SECRET_KEY, publishableKey: PUBLISHABLE_KEY, webhookSecret: WEBHOOK_SECRET })
    stripe = new Stripe(SECRET_KEY, stripeClientConfig(fake.url))
  })
  afterAll(() => fake.stop())

  const confirmAsStripeJs = (intent: { id: string; client_secret: string }, paymentMethod: string) => fake.confirmAsStripeJs(intent, paymentMethod)

  it("creates an IDR intent in the smallest unit with its metadata, and retrieves it with the card expanded after confirmation", async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 15_000_000,
      currency: "idr",
      capture_method: "manual",
      metadata: { session_id: "payses_1" },
      expand: ["payment_method"],
    })
    expect(intent).toMatchObject({
      object: "payment_intent",
      amount: 15_000_000,
      currency: "idr",
      status: "requires_payment_method",
      metadata: { session_id: "payses_1" },
    })
    expect(intent.client_secret).toMatch(new RegExp(`^${intent.id}_secret_`))

    expect(await confirmAsStripeJs(intent, "pm_card_visa")).toMatchObject({ status: 200, body: { status: "requires_capture", amount_capturable: 15_000_000 } })
    const read = await stripe.paymentIntents.retrieve(intent.id, { expand: ["payment_method"] })
    expect(read.payment_method).toMatchObject({ id: "pm_card_visa", type: "card", card: { last4: "4242" } })
    expect(fake.lastEvent(intent.id, "payment_intent.amount_capturable_updated").data.object.status).toBe("requires_capture")
    expect(await stripe.paymentMethods.retrieve("pm_card_visa")).toMatchObject({ id: "pm_card_visa", type: "card", card: { brand: "visa" } })
  })

  it("declines pm_card_chargeDeclined with Stripe's card error and leaves the intent asking for another card", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 5_000_000, currency: "idr" })
    const error = await stripe.paymentIntents.confirm(intent.id, { payment_method: "pm_card_chargeDeclined" }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({
      type: "StripeCardError",
      statusCode: 402,
      code: "card_declined",
      decline_code: "generic_decline",
      message: "Your card was declined.",
    })
    expect(error.raw.payment_intent).toMatchObject({ id: intent.id, status: "requires_payment_method" })
    const read = await stripe.paymentIntents.retrieve(intent.id)
    expect(read).toMatchObject({ status: "requires_payment_method", payment_method: null, last_payment_error: { code: "card_declined" } })
    expect(fake.lastEvent(intent.id, "payment_intent.payment_failed")).toBeDefined()
  })

  it("answers a repeated Idempotency-Key with the first result and refuses it with other parameters", async () => {
    const first = await stripe.paymentIntents.create({ amount: 100_00, currency: "idr" }, { idempotencyKey: "payses_same" })
    const again = await stripe.paymentIntents.create({ amount: 100_00, currency: "idr" }, { idempotencyKey: "payses_same" })
    expect(again.id).toBe(first.id)
    expect(again.lastResponse.headers["idempotent-replayed"]).toBe("true")
    const other = await stripe.paymentIntents.create({ amount: 200_00, currency: "idr" }, { idempotencyKey: "payses_same" }).catch((caught: unknown) => caught)
    expect(other).toMatchObject({ type: "StripeIdempotencyError", statusCode: 400 })
  })

  it("captures and cancels only from the statuses Stripe allows, answering with the intent otherwise", async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 300_00,
      currency: "idr",
      capture_method: "manual",
      payment_method: "pm_card_visa",
      confirm: true,
    })
    expect(intent.status).toBe("requires_capture")
    expect(await stripe.paymentIntents.capture(intent.id)).toMatchObject({ status: "succeeded", amount_received: 300_00 })
    const twice = await stripe.paymentIntents.capture(intent.id).catch((caught: unknown) => caught)
    expect(twice).toMatchObject({ type: "StripeInvalidRequestError", code: "payment_intent_unexpected_state", payment_intent: { status: "succeeded" } })
    const cancel = await stripe.paymentIntents.cancel(intent.id).catch((caught: unknown) => caught)
    expect(cancel).toMatchObject({ code: "payment_intent_unexpected_state", message: expect.stringContaining("status of succeeded") })
    expect(await stripe.refunds.create({ payment_intent: intent.id, amount: 100_00 })).toMatchObject({ object: "refund", amount: 100_00, status: "succeeded" })
  })

  it("answers unknown intents, missing and wrong keys in Stripe's error shape", async () => {
    expect(await stripe.paymentIntents.retrieve("pi_missing").catch((caught: unknown) => caught)).toMatchObject({
      statusCode: 404,
      code: "resource_missing",
      message: "No such payment_intent: 'pi_missing'",
    })
    const wrongKey = new Stripe("sk_test_wrong_key_123456", stripeClientConfig(fake.url)) as any
    expect(await wrongKey.paymentIntents.create({ amount: 1, currency: "idr" }).catch((caught: unknown) => caught)).toMatchObject({
      type: "StripeAuthenticationError",
      statusCode: 401,
    })
    const intent = await stripe.paymentIntents.create({ amount: 100_00, currency: "idr" })
    expect(await confirmAsStripeJs({ ...intent, client_secret: "pi_other_secret_x" }, "pm_card_visa")).toMatchObject({
      status: 401,
      body: { error: { type: "invalid_request_error" } },
    })
  })

  it("signs events so that Stripe's own verification accepts them and rejects a forged signature", async () => {
    const intent = await stripe.paymentIntents.create({ amount: 100_00, currency: "idr" })
    const event = fake.lastEvent(intent.id, "payment_intent.created")
    const payload = JSON.stringify(event)
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET })
    expect(Stripe.webhooks.constructEvent(payload, header, WEBHOOK_SECRET).id).toBe(event.id)
    const forged = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_forged" })
    expect(() => Stripe.webhooks.constructEvent(payload, forged, WEBHOOK_SECRET)).toThrow(/signature/i)
  })
})
