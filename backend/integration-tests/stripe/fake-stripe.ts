import { createHash } from "node:crypto"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { STRIPE_WEBHOOK_PATH } from "../../src/lib/payment-config"
import { Stripe } from "../../src/modules/payment-stripe/stripe-package"
import { parseStripeForm, type FormObject } from "./form-body"
import { FakePaymentIntents, randomId, type PaymentIntent, type StripeEvent } from "./fake-payment-intents"
import { StripeApiError, stripeErrors } from "./stripe-errors"

export { TEST_PAYMENT_METHODS, type PaymentIntent, type StripeEvent } from "./fake-payment-intents"

// The API version stripe-node 15 (Medusa 2.21's provider) pins.
const API_VERSION = "2024-04-10"

export type FakeStripeOptions = {
  /** The secret key the backend's Stripe client must send (sk_test_...). */
  secretKey: string
  /** The publishable key Stripe.js would send; it may only confirm an intent with its client secret. */
  publishableKey?: string
  /** The signing secret of the webhook endpoint (whsec_...). */
  webhookSecret: string
}

type Handled = { status: number; body: unknown }
type Route = { method: string; pattern: RegExp; handle: (match: RegExpMatchArray, body: FormObject, key: "secret" | "publishable") => unknown }

/**
 * A local fake of Stripe's PaymentIntents API (create, retrieve, update,
 * confirm, capture, cancel, refunds of captured intents, the test cards' payment methods) for the real
 * `stripe` client to talk to: form-encoded requests, Stripe's JSON errors,
 * Idempotency-Key replays, and the events Stripe would send, signed with the
 * webhook secret the same way Stripe signs them.
 *
 * @example
 * const stripe = await startFakeStripe({ secretKey: "sk_test_fake", webhookSecret: "whsec_fake" })
 * // backend env: STRIPE_API_BASE=stripe.url, STRIPE_API_KEY=sk_test_fake, STRIPE_WEBHOOK_SECRET=whsec_fake
 * await stripe.deliver(stripe.lastEvent(intentId, "payment_intent.succeeded"), "http://localhost:9000")
 * await stripe.stop()
 */
export async function startFakeStripe(options: FakeStripeOptions) {
  const intents = new FakePaymentIntents(API_VERSION)
  const refunds: Array<Record<string, unknown>> = []
  const idempotent = new Map<string, { fingerprint: string; response: Handled }>()
  const expandOf = (body: FormObject) => (Array.isArray(body.expand) ? (body.expand as string[]) : [])

  const routes: Route[] = [
    { method: "POST", pattern: /^\/v1\/payment_intents$/, handle: (_, body) => intents.view(intents.create(body), expandOf(body)) },
    { method: "GET", pattern: /^\/v1\/payment_intents\/([^/]+)$/, handle: ([, id], body) => intents.view(intents.get(id), expandOf(body)) },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)$/, handle: ([, id], body) => intents.view(intents.update(id, body), expandOf(body)) },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)\/confirm$/, handle: ([, id], body) => intents.view(intents.confirm(id, body), expandOf(body)) },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)\/capture$/, handle: ([, id], body) => intents.view(intents.capture(id, body), expandOf(body)) },
    { method: "POST", pattern: /^\/v1\/payment_intents\/([^/]+)\/cancel$/, handle: ([, id], body) => intents.view(intents.cancel(id, body), expandOf(body)) },
    { method: "GET", pattern: /^\/v1\/payment_methods\/([^/]+)$/, handle: ([, id]) => intents.paymentMethod(id) },
    { method: "POST", pattern: /^\/v1\/refunds$/, handle: (_, body) => refund(body) },
  ]

  function refund(body: FormObject) {
    if (typeof body.payment_intent !== "string") throw stripeErrors.missingParam("payment_intent")
    const intent = intents.get(body.payment_intent)
    const refunded = refunds.filter((row) => row.payment_intent === intent.id).reduce((sum, row) => sum + Number(row.amount), 0)
    const amount = body.amount === undefined ? intent.amount_received - refunded : Number(body.amount)
    if (intent.status !== "succeeded" || amount > intent.amount_received - refunded) {
      throw new StripeApiError(400, {
        type: "invalid_request_error",
        code: "charge_already_refunded",
        message: `Charge ${intent.latest_charge} has already been refunded.`,
      })
    }
    const row = { id: randomId("re"), object: "refund", amount, currency: intent.currency, payment_intent: intent.id, status: "succeeded" }
    refunds.push(row)
    return row
  }

  /** Which key the request carries; a publishable key may only confirm with the intent's client secret. */
  function authenticate(req: IncomingMessage, path: string, body: FormObject): "secret" | "publishable" {
    const key = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1]
    if (!key) throw stripeErrors.missingKey()
    if (key === options.secretKey) return "secret"
    const confirm = /^\/v1\/payment_intents\/([^/]+)\/confirm$/.exec(path)
    if (key === options.publishableKey && confirm && body.client_secret === intents.get(confirm[1]).client_secret) return "publishable"
    throw stripeErrors.invalidKey(key)
  }

  function handle(req: IncomingMessage, raw: string): Handled {
    const url = new URL(req.url ?? "/", "http://fake")
    const body = parseStripeForm(req.method === "GET" ? url.search.slice(1) : raw)
    const route = routes.find((candidate) => candidate.method === req.method && candidate.pattern.test(url.pathname))
    try {
      const key = authenticate(req, url.pathname, body)
      if (!route) throw stripeErrors.unknownRoute(req.method ?? "", url.pathname)
      return { status: 200, body: route.handle(url.pathname.match(route.pattern)!, body, key) }
    } catch (error) {
      if (error instanceof StripeApiError) return { status: error.status, body: { error: error.body } }
      return { status: 500, body: { error: { type: "api_error", message: (error as Error).message } } }
    }
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks).toString("utf8")
    const headers: Record<string, string> = { "content-type": "application/json", "request-id": randomId("req"), "stripe-version": API_VERSION }
    const idempotencyKey = req.method === "POST" ? req.headers["idempotency-key"] : undefined
    let response: Handled
    if (typeof idempotencyKey === "string") {
      // Stripe answers a repeated key with the first response, whatever changed since, and refuses other parameters.
      const fingerprint = createHash("sha256").update(`${req.url}\n${raw}`).digest("hex")
      const earlier = idempotent.get(idempotencyKey)
      if (earlier && earlier.fingerprint !== fingerprint) {
        response = { status: 400, body: { error: stripeErrors.idempotencyMismatch(idempotencyKey).body } }
      } else if (earlier) {
        response = earlier.response
        headers["idempotent-replayed"] = "true"
      } else {
        response = handle(req, raw)
        // Stripe does not keep the result of a request that failed before it ran (a 4xx other than a card error is re-run).
        if (response.status === 200 || response.status === 402) idempotent.set(idempotencyKey, { fingerprint, response })
      }
      headers["idempotency-key"] = idempotencyKey
    } else {
      response = handle(req, raw)
    }
    res.writeHead(response.status, headers).end(JSON.stringify(response.body))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    /** Where the backend's Stripe client must send its requests (STRIPE_API_BASE). */
    url,
    intents,
    refunds,
    /** Every event Stripe would have sent so far, oldest first. */
    events: intents.events,
    paymentIntent: (id: string): PaymentIntent => intents.get(id),
    /** The newest event of that type about that intent. */
    lastEvent(intentId: string, type: string): StripeEvent {
      const event = intents.events.findLast((candidate) => candidate.type === type && candidate.data.object.id === intentId)
      if (!event) throw new Error(`the fake sent no ${type} for ${intentId}`)
      return event
    },
    /** Stripe cancels a card hold nobody captured, about 7 days after it was authorised. */
    lapseAuthorization(intentId: string): PaymentIntent {
      return intents.cancel(intentId, { cancellation_reason: "automatic" })
    },
    /** A later charge attempt on the intent failed (the bank declined it). */
    failPayment(intentId: string): PaymentIntent {
      const intent = intents.get(intentId)
      intents.decline(intent)
      return intent
    },
    /**
     * What Stripe.js does in the buyer's browser on "Pay": confirm the intent with the
     * publishable key and the intent's client secret (Stripe.js cannot load offline).
     */
    async confirmAsStripeJs(intent: { id: string; client_secret: string }, paymentMethod: string) {
      const response = await fetch(`${url}/v1/payment_intents/${intent.id}/confirm`, {
        method: "POST",
        headers: { authorization: `Bearer ${options.publishableKey}`, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ payment_method: paymentMethod, client_secret: intent.client_secret }),
      })
      return { status: response.status, body: (await response.json()) as any }
    },
    /**
     * Posts the event to the backend's Stripe hook as Stripe does: raw JSON with a
     * Stripe-Signature header made with the webhook secret (or `signWith`, to forge one).
     */
    async deliver(event: StripeEvent, backendUrl: string, { signWith = options.webhookSecret, path = STRIPE_WEBHOOK_PATH } = {}) {
      const payload = JSON.stringify(event, null, 2)
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: signWith })
      const response = await fetch(`${backendUrl}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": signature },
        body: payload,
      })
      const text = await response.text()
      return { status: response.status, body: text }
    },
    stop: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  }
}

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>
