import { createRequire } from "node:module"
import { discoveryPath } from "@medusajs/medusa/payment-stripe"

/** The parts of the `stripe` package this app uses besides Medusa's own provider. */
export type StripeClientConfig = { host?: string; port?: number; protocol?: "http" | "https" }
export type StripeWebhooks = {
  constructEvent(payload: string | Buffer, header: string | string[] | undefined, secret: string): { id: string; type: string; data: { object: unknown } }
  generateTestHeaderString(options: { payload: string; secret: string; timestamp?: number }): string
}
export type StripeClass = { new (apiKey: string, config?: StripeClientConfig): unknown; webhooks: StripeWebhooks }

/**
 * The `stripe` package that Medusa's Stripe provider was built with (v15 for
 * Medusa 2.21), not whichever version npm hoisted: the client we rebuild and
 * the signatures we check then behave exactly like the provider's own.
 */
export const Stripe = createRequire(discoveryPath)("stripe") as StripeClass
