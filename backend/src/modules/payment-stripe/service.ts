import stripeProviders from "@medusajs/medusa/payment-stripe"
import { Stripe } from "./stripe-package"

export type StripeProviderOptions = {
  apiKey: string
  webhookSecret: string
  capture?: boolean
  /** Where the Stripe client sends its requests instead of api.stripe.com: a local fake in tests. */
  apiBase?: string
}

type MedusaStripeProvider = typeof import("@medusajs/payment-stripe/dist/services/stripe-provider").default

// Medusa's package exports its Stripe services only through the module provider it registers.
const MedusaStripeProviderService = stripeProviders.services.find(
  (service) => (service as unknown as { identifier?: string }).identifier === "stripe"
) as MedusaStripeProvider

/** Stripe's client options for talking to the API at `apiBase`. */
export function stripeClientConfig(apiBase: string) {
  const url = new URL(apiBase)
  const protocol = url.protocol === "http:" ? "http" : "https"
  return { host: url.hostname, port: Number(url.port || (protocol === "http" ? 80 : 443)), protocol } as const
}

/**
 * Medusa's card provider (identifier "stripe", so its id stays pp_stripe_stripe),
 * unchanged except that with `apiBase` its Stripe client talks to that host.
 * Medusa builds the client with only the API key, so there is no other way to
 * run the real provider and the real client against a local fake.
 */
export default class StripeCardProviderService extends MedusaStripeProviderService {
  constructor(cradle: Record<string, unknown>, options: StripeProviderOptions) {
    super(cradle, options)
    if (options.apiBase) {
      this.stripe_ = new Stripe(options.apiKey, stripeClientConfig(options.apiBase)) as typeof this.stripe_
    }
  }
}
