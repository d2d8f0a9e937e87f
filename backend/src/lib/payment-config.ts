import { Modules } from "@medusajs/framework/utils"
import type { ConfigModule } from "@medusajs/framework/types"
import type { BackendEnv } from "./env"
import type { StripeProviderOptions } from "../modules/payment-stripe/service"

/** The id Medusa gives the card provider: pp_<identifier>_<id>, both "stripe". */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
/** Where Stripe delivers its events: Medusa's hook route, named by the provider without "pp_". */
export const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

/**
 * The Payment Module with Stripe for cards, only when STRIPE_API_KEY is set;
 * without it Medusa registers only its system provider.
 *
 * capture: false. A card is authorised at checkout and charged when the order
 * is captured, after the producer has confirmed the harvest: an order that
 * cannot be filled is cancelled by releasing the hold, with no refund and no
 * Stripe fee kept. A hold that lapses (Stripe cancels uncaptured payments after
 * about 7 days) arrives as payment_intent.canceled and cancels the order.
 */
export function paymentModules(env: BackendEnv) {
  if (!env.STRIPE_API_KEY) {
    return []
  }
  const stripe: StripeProviderOptions = {
    apiKey: env.STRIPE_API_KEY,
    // readBackendEnv refuses a key without a webhook secret.
    webhookSecret: env.STRIPE_WEBHOOK_SECRET!,
    capture: false,
    apiBase: env.STRIPE_API_BASE,
  }
  return [
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: {
        webhook_delay: env.PAYMENT_WEBHOOK_DELAY_MS,
        providers: [{ resolve: "./src/modules/payment-stripe", id: "stripe", options: stripe }],
      },
    },
  ]
}

/** The Stripe provider's options as medusa-config.ts registered them, or undefined when Stripe is off. */
export function stripeOptionsOf(config: ConfigModule): StripeProviderOptions | undefined {
  const payment = config.modules?.[Modules.PAYMENT]
  if (!payment || typeof payment !== "object" || !("options" in payment)) {
    return undefined
  }
  const providers = (payment.options?.providers ?? []) as Array<{ id: string; options: StripeProviderOptions }>
  return providers.find((provider) => provider.id === "stripe")?.options
}
