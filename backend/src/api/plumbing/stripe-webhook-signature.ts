import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_WEBHOOK_PATH, stripeOptionsOf } from "../../lib/payment-config"
import { Stripe } from "../../modules/payment-stripe/stripe-package"
import { passOnOnce } from "./pass-on-once"

// Stripe retries an undelivered event for up to three days.
const SEEN_EVENT_TTL_SECONDS = 3 * 24 * 60 * 60

function refuse(res: MedusaResponse, message: string) {
  res.status(400).json({ type: "invalid_data", message })
}

/**
 * Medusa's hook route accepts any body and checks the signature only in a
 * delayed subscriber, after answering 200. Checking here, on the raw bytes
 * Stripe signed, answers a forged or altered event with 400 at once and keeps
 * it out of the event bus. An event id already accepted is answered 200 and
 * not passed on again: Stripe redelivers events, and an attacker can replay a
 * captured one within the signature's tolerance.
 */
export async function verifyStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const options = stripeOptionsOf(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  if (!options) {
    res.status(404).json({ type: "not_found", message: "Stripe payments are not enabled on this server" })
    return
  }
  const signature = req.headers["stripe-signature"]
  if (!signature) {
    return refuse(res, "Missing Stripe-Signature header: only Stripe's signed events are accepted")
  }
  if (!req.rawBody) {
    return refuse(res, "Empty webhook body")
  }
  let eventId: string
  try {
    eventId = Stripe.webhooks.constructEvent(req.rawBody, signature, options.webhookSecret).id
  } catch (error) {
    return refuse(res, `Invalid Stripe signature: ${(error as Error).message}`)
  }
  await passOnOnce(req, res, next, `stripe-webhook-event:${eventId}`, SEEN_EVENT_TTL_SECONDS)
}

export const stripeWebhookMiddlewareRoutes: MiddlewareRoute[] = [
  // Same body parser setting as Medusa's own /hooks/payment/:provider: the raw bytes are what Stripe signed.
  { matcher: STRIPE_WEBHOOK_PATH, method: "POST", bodyParser: { preserveRawBody: true }, middlewares: [verifyStripeWebhook] },
]
