import { Modules } from "@medusajs/framework/utils"
import type { ConfigModule } from "@medusajs/framework/types"
import type { BackendEnv } from "./env"
import type { StripeProviderOptions } from "../modules/payment-stripe/service"

/** The id Medusa gives the card provider: pp_<identifier>_<id>, both "stripe". */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
/** Where Stripe delivers its events: Medusa's hook route, named by the provider without "pp_". */
export const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

/** Medusa's own provider: it authorizes any amount with nothing to pay, so buyers are never offered it. */
export const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"

/** The providers a region may offer buyers: every one the backend runs except Medusa's system provider. */
export const offeredToBuyers = (providerId: string) => providerId !== SYSTEM_PAYMENT_PROVIDER_ID

/** Outside production a made-up account lets the demo show transfer instructions; production refuses transfers until the real one is set. */
const DEMO_BANK_ACCOUNT = "Bank Jatim · 0011223344 · Koperasi OK OCE Pacitan (contoh)"

/** Bank transfer and cash on delivery: always on; the account comes from BANK_TRANSFER_ACCOUNT ("Bank · number · holder"). */
function offlineProvider(env: BackendEnv) {
  const accountText = env.BANK_TRANSFER_ACCOUNT || (env.NODE_ENV === "production" ? undefined : DEMO_BANK_ACCOUNT)
  const [bank, number, holder] = (accountText ?? "").split("·").map((part) => part.trim())
  const account = accountText ? { bank, number, holder } : null
  return { resolve: "./src/modules/payment-offline", id: "okoce", options: { account, hours_to_pay: env.BANK_TRANSFER_HOURS_TO_PAY } }
}

/**
 * Stripe for cards, only when STRIPE_API_KEY is set.
 *
 * capture: false. A card is authorised at checkout and charged when the order
 * is captured, after the producer has confirmed the harvest: an order that
 * cannot be filled is cancelled by releasing the hold, with no refund and no
 * Stripe fee kept. A hold that lapses (Stripe cancels uncaptured payments after
 * about 7 days) arrives as payment_intent.canceled and cancels the order.
 */
function stripeProvider(env: BackendEnv) {
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
  return [{ resolve: "./src/modules/payment-stripe", id: "stripe", options: stripe }]
}

/** Medusa's Payment Module with our providers: transfer and cash on delivery always, Stripe when configured (Medusa adds its system provider itself). */
export function paymentModule(env: BackendEnv) {
  return {
    key: Modules.PAYMENT,
    resolve: "@medusajs/medusa/payment",
    options: {
      webhook_delay: env.PAYMENT_WEBHOOK_DELAY_MS,
      providers: [offlineProvider(env), ...stripeProvider(env)],
    },
  }
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
