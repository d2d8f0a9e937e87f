import { Modules } from "@medusajs/framework/utils"
import type { ConfigModule } from "@medusajs/framework/types"
import type { BackendEnv } from "./env"
import type { StripeProviderOptions } from "../modules/payment-stripe/service"
import type { MidtransOptions } from "../modules/payment-midtrans/clients"

/** The id Medusa gives the card provider: pp_<identifier>_<id>, both "stripe". */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
/** Where Stripe delivers its events: Medusa's hook route, named by the provider without "pp_". */
export const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

/** QRIS, virtual accounts and e-wallets through Midtrans Snap: pp_<identifier>_<id>, both "midtrans". */
export const MIDTRANS_PROVIDER_ID = "pp_midtrans_midtrans"
/** Where Midtrans posts its notifications (its dashboard's "Payment Notification URL" is the backend's address and this). */
export const MIDTRANS_WEBHOOK_PATH = "/hooks/payment/midtrans_midtrans"

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

/** Midtrans Snap, only when its server and client keys are set. */
function midtransProvider(env: BackendEnv) {
  if (!env.MIDTRANS_SERVER_KEY || !env.MIDTRANS_CLIENT_KEY) {
    return []
  }
  const midtrans: MidtransOptions = {
    serverKey: env.MIDTRANS_SERVER_KEY,
    clientKey: env.MIDTRANS_CLIENT_KEY,
    isProduction: env.MIDTRANS_IS_PRODUCTION,
    hoursToPay: env.MIDTRANS_HOURS_TO_PAY,
    apiBase: env.MIDTRANS_API_BASE,
  }
  return [{ resolve: "./src/modules/payment-midtrans", id: "midtrans", options: midtrans }]
}

/** Medusa's Payment Module with our providers: transfer and cash on delivery always, Stripe and Midtrans when configured (Medusa adds its system provider itself). */
export function paymentModule(env: BackendEnv) {
  return {
    key: Modules.PAYMENT,
    resolve: "@medusajs/medusa/payment",
    options: {
      webhook_delay: env.PAYMENT_WEBHOOK_DELAY_MS,
      providers: [offlineProvider(env), ...stripeProvider(env), ...midtransProvider(env)],
    },
  }
}

/** A payment provider's options as medusa-config.ts registered them, or undefined when it is off. */
function providerOptionsOf<Options>(config: ConfigModule, id: string): Options | undefined {
  const payment = config.modules?.[Modules.PAYMENT]
  if (!payment || typeof payment !== "object" || !("options" in payment)) {
    return undefined
  }
  const providers = (payment.options?.providers ?? []) as Array<{ id: string; options: Options }>
  return providers.find((provider) => provider.id === id)?.options
}

export const stripeOptionsOf = (config: ConfigModule) => providerOptionsOf<StripeProviderOptions>(config, "stripe")
export const midtransOptionsOf = (config: ConfigModule) => providerOptionsOf<MidtransOptions>(config, "midtrans")
