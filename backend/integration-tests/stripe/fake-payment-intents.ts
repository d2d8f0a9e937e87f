import { randomBytes } from "node:crypto"
import type { FormObject } from "./form-body"
import { stripeErrors } from "./stripe-errors"

/** Stripe's test card payment methods that the fake knows: one that pays, one that is declined. */
export const TEST_PAYMENT_METHODS = {
  pm_card_visa: { brand: "visa", last4: "4242", declines: false },
  pm_card_chargeDeclined: { brand: "visa", last4: "0002", declines: true },
} as const

type TestPaymentMethodId = keyof typeof TEST_PAYMENT_METHODS

export type PaymentIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: "requires_payment_method" | "requires_confirmation" | "requires_action" | "processing" | "requires_capture" | "canceled" | "succeeded"
  capture_method: "automatic" | "automatic_async" | "manual"
  client_secret: string
  confirmation_method: "automatic"
  created: number
  canceled_at: number | null
  cancellation_reason: string | null
  customer: string | null
  description: string | null
  last_payment_error: Record<string, unknown> | null
  latest_charge: string | null
  livemode: false
  metadata: Record<string, string>
  next_action: null
  payment_method: string | Record<string, unknown> | null
  payment_method_types: string[]
}

export type StripeEvent = {
  id: string
  object: "event"
  api_version: string
  created: number
  livemode: false
  pending_webhooks: number
  type: string
  data: { object: PaymentIntent }
}

const CANCELABLE: PaymentIntent["status"][] = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"]
const CONFIRMABLE: PaymentIntent["status"][] = ["requires_payment_method", "requires_confirmation"]
const UPDATABLE: PaymentIntent["status"][] = ["requires_payment_method", "requires_confirmation", "requires_action"]

export const randomId = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`
const now = () => Math.floor(Date.now() / 1000)
const copy = <T>(value: T): T => structuredClone(value)

function integerParam(body: FormObject, name: string): number | undefined {
  const value = body[name]
  if (value === undefined) return undefined
  if (typeof value !== "string" || !/^\d+$/.test(value)) throw stripeErrors.invalidInteger(name, String(value))
  return Number(value)
}

function paymentMethodObject(id: string) {
  const card = TEST_PAYMENT_METHODS[id as TestPaymentMethodId]
  return {
    id,
    object: "payment_method",
    type: "card",
    card: { brand: card.brand, last4: card.last4, exp_month: 12, exp_year: 2034, funding: "credit", country: "US" },
  }
}

/**
 * PaymentIntents as Stripe keeps them: statuses move only the way Stripe moves
 * them, refused moves answer with Stripe's error (the intent attached, as
 * Stripe does), and each move records the event Stripe would send.
 */
export class FakePaymentIntents {
  readonly intents = new Map<string, PaymentIntent>()
  readonly events: StripeEvent[] = []

  constructor(private readonly apiVersion: string) {}

  private record(type: string, intent: PaymentIntent) {
    this.events.push({
      id: randomId("evt"),
      object: "event",
      api_version: this.apiVersion,
      created: now(),
      livemode: false,
      pending_webhooks: 1,
      type,
      data: { object: copy(intent) },
    })
  }

  get(id: string): PaymentIntent {
    const intent = this.intents.get(id)
    if (!intent) throw stripeErrors.noSuchPaymentIntent(id)
    return intent
  }

  /** A test card payment method as GET /v1/payment_methods/:id answers it (Medusa reads one for some events). */
  paymentMethod(id: string) {
    if (!(id in TEST_PAYMENT_METHODS)) throw stripeErrors.noSuchPaymentMethod(id)
    return paymentMethodObject(id)
  }

  /** The intent as the API answers it, with `payment_method` expanded when asked. */
  view(intent: PaymentIntent, expand: string[] = []): PaymentIntent {
    const shown = copy(intent)
    if (expand.includes("payment_method") && typeof shown.payment_method === "string") {
      shown.payment_method = paymentMethodObject(shown.payment_method)
    }
    return shown
  }

  create(body: FormObject): PaymentIntent {
    const amount = integerParam(body, "amount")
    if (amount === undefined) throw stripeErrors.missingParam("amount")
    if (typeof body.currency !== "string") throw stripeErrors.missingParam("currency")
    const id = randomId("pi")
    const intent: PaymentIntent = {
      id,
      object: "payment_intent",
      amount,
      amount_capturable: 0,
      amount_received: 0,
      currency: body.currency.toLowerCase(),
      status: "requires_payment_method",
      capture_method: (body.capture_method as PaymentIntent["capture_method"]) ?? "automatic_async",
      client_secret: `${id}_secret_${randomBytes(12).toString("hex")}`,
      confirmation_method: "automatic",
      created: now(),
      canceled_at: null,
      cancellation_reason: null,
      customer: typeof body.customer === "string" ? body.customer : null,
      description: typeof body.description === "string" ? body.description : null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: (body.metadata as Record<string, string>) ?? {},
      next_action: null,
      payment_method: null,
      payment_method_types: Array.isArray(body.payment_method_types) ? (body.payment_method_types as string[]) : ["card"],
    }
    this.intents.set(id, intent)
    this.record("payment_intent.created", intent)
    if (typeof body.payment_method === "string") {
      this.attach(intent, body.payment_method)
    }
    if (body.confirm === "true") {
      this.confirm(id, {})
    }
    return intent
  }

  private attach(intent: PaymentIntent, paymentMethod: string) {
    if (!(paymentMethod in TEST_PAYMENT_METHODS)) throw stripeErrors.noSuchPaymentMethod(paymentMethod)
    intent.payment_method = paymentMethod
    intent.status = "requires_confirmation"
  }

  update(id: string, body: FormObject): PaymentIntent {
    const intent = this.get(id)
    if (!UPDATABLE.includes(intent.status)) {
      throw stripeErrors.unexpectedState(
        `This PaymentIntent's amount could not be updated because it has a status of ${intent.status}. You may only update the amount of a PaymentIntent with one of the following statuses: ${UPDATABLE.join(", ")}.`,
        this.view(intent)
      )
    }
    const amount = integerParam(body, "amount")
    if (amount !== undefined) intent.amount = amount
    if (body.metadata && typeof body.metadata === "object") intent.metadata = { ...intent.metadata, ...(body.metadata as Record<string, string>) }
    if (typeof body.description === "string") intent.description = body.description
    if (typeof body.payment_method === "string") this.attach(intent, body.payment_method)
    return intent
  }

  /** Confirmation as Stripe.js or the server asks for it: the test card decides the outcome. */
  confirm(id: string, body: FormObject): PaymentIntent {
    const intent = this.get(id)
    if (!CONFIRMABLE.includes(intent.status)) {
      throw stripeErrors.unexpectedState(
        `This PaymentIntent's payment_method could not be updated because it has a status of ${intent.status}. You may only update the payment_method of a PaymentIntent with one of the following statuses: ${CONFIRMABLE.join(", ")}.`,
        this.view(intent)
      )
    }
    if (typeof body.payment_method === "string") this.attach(intent, body.payment_method)
    if (typeof intent.payment_method !== "string") {
      throw stripeErrors.unexpectedState(
        "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
        this.view(intent)
      )
    }
    const paymentMethod = intent.payment_method
    if (TEST_PAYMENT_METHODS[paymentMethod as TestPaymentMethodId].declines) {
      this.decline(intent)
      throw stripeErrors.cardDeclined(this.view(intent), paymentMethodObject(paymentMethod))
    }
    intent.last_payment_error = null
    intent.latest_charge = randomId("ch")
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
      this.record("payment_intent.amount_capturable_updated", intent)
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
      this.record("payment_intent.succeeded", intent)
    }
    return intent
  }

  /** A charge on the intent failed: Stripe detaches the card and asks for another. */
  decline(intent: PaymentIntent) {
    const paymentMethod = typeof intent.payment_method === "string" ? intent.payment_method : "pm_card_chargeDeclined"
    intent.status = "requires_payment_method"
    intent.amount_capturable = 0
    intent.payment_method = null
    intent.last_payment_error = {
      type: "card_error",
      code: "card_declined",
      decline_code: "generic_decline",
      message: "Your card was declined.",
      payment_method: paymentMethodObject(paymentMethod in TEST_PAYMENT_METHODS ? paymentMethod : "pm_card_chargeDeclined"),
    }
    this.record("payment_intent.payment_failed", intent)
  }

  capture(id: string, body: FormObject): PaymentIntent {
    const intent = this.get(id)
    if (intent.status !== "requires_capture") {
      throw stripeErrors.unexpectedState(
        `This PaymentIntent could not be captured because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
        this.view(intent)
      )
    }
    const amount = integerParam(body, "amount_to_capture") ?? intent.amount_capturable
    intent.status = "succeeded"
    intent.amount_received = amount
    intent.amount_capturable = 0
    this.record("payment_intent.succeeded", intent)
    return intent
  }

  cancel(id: string, body: FormObject): PaymentIntent {
    const intent = this.get(id)
    if (!CANCELABLE.includes(intent.status)) {
      throw stripeErrors.unexpectedState(
        `You cannot cancel this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(", ")}.`,
        this.view(intent)
      )
    }
    intent.status = "canceled"
    intent.amount_capturable = 0
    intent.canceled_at = now()
    intent.cancellation_reason = typeof body.cancellation_reason === "string" ? body.cancellation_reason : null
    this.record("payment_intent.canceled", intent)
    return intent
  }
}
