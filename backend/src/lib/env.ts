import { z } from "@medusajs/framework/zod"
import proxyaddr from "proxy-addr"

/**
 * Secrets that appear in tutorials and starters. A production server that
 * runs with one of them signs sessions anyone can forge, so it must not start.
 */
const WELL_KNOWN_SECRETS = new Set(["supersecret", "secret", "changeme", "change-me", "medusa", "jwt_secret", "cookie_secret"])
const MIN_SECRET_LENGTH = 32

const DEVELOPMENT_SECRET = "pasar-desa-development-only-secret"

const DEFAULT_CORS = "http://localhost:4321,http://localhost:9000,http://127.0.0.1:4321,http://127.0.0.1:9000"

/**
 * Proxies whose X-Forwarded-For the backend believes: comma-separated addresses, CIDR ranges or
 * proxy-addr's names (loopback, linklocal, uniquelocal). By default the loopback addresses: the
 * storefront runs beside the backend and passes each visitor's address on. An empty value trusts none.
 */
const trustedProxies = z
  .string()
  .default("loopback")
  .transform((value) =>
    value
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean)
  )
  .superRefine((entries, context) => {
    for (const entry of entries) {
      try {
        proxyaddr.compile(entry)
      } catch {
        context.addIssue({ code: "custom", message: `TRUSTED_PROXIES: "${entry}" is neither an address, a CIDR range nor loopback, linklocal or uniquelocal` })
      }
    }
  })

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(z.url().optional())
  .optional()

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  REDIS_URL: optionalUrl,
  MEILISEARCH_HOST: optionalUrl,
  MEILISEARCH_API_KEY: z.string().optional(),
  // The centre's account buyers transfer to, "Bank · number · holder". Outside production a demo account is shown.
  BANK_TRANSFER_ACCOUNT: z.string().trim().optional(),
  BANK_TRANSFER_HOURS_TO_PAY: z.coerce.number().int().positive().default(24),
  // Where notifications are written, one JSON line each: by default outside production only.
  NOTIFICATION_LOG_FILE: z.string().trim().optional(),
  // Email through SMTP (smtp://user:password@host:587 or smtps://...:465) from NOTIFICATION_FROM; unset, email goes to the log file.
  SMTP_URL: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.url({ protocol: /^smtps?$/, error: "SMTP_URL: an smtp:// or smtps:// address, e.g. smtp://user:password@mail.example.id:587" }).optional())
    .optional(),
  NOTIFICATION_FROM: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .optional(),
  // WhatsApp through the WhatsApp Business Cloud API: on only when both are set.
  WHATSAPP_TOKEN: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .optional(),
  WHATSAPP_PHONE_NUMBER_ID: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .optional(),
  // Only tests set this: the WhatsApp sender then talks to a local fake of the Graph API.
  WHATSAPP_API_BASE: optionalUrl,
  // Where the links in emails and WhatsApp messages lead (the storefront and the producer panel), and a producer's invite.
  STOREFRONT_URL: z.url().default("http://localhost:4321"),
  // Uploads in an S3-compatible bucket (docker-compose.yml's MinIO, or any S3) instead of the backend's disk:
  // on only when S3_BUCKET is set, and then the keys and S3_FILE_URL (where buyers fetch the files) must be too.
  S3_BUCKET: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .optional(),
  S3_ENDPOINT: optionalUrl,
  S3_REGION: z.string().trim().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().trim().optional(),
  S3_SECRET_ACCESS_KEY: z.string().trim().optional(),
  S3_FILE_URL: optionalUrl,
  /** Files nobody outside the admin may read (buyers' transfer receipts): never under the publicly served static/. */
  PRIVATE_FILES_DIR: z.string().trim().optional(),
  JWT_SECRET: z.string().optional(),
  COOKIE_SECRET: z.string().optional(),
  STORE_CORS: z.string().default(DEFAULT_CORS),
  ADMIN_CORS: z.string().default(DEFAULT_CORS),
  AUTH_CORS: z.string().default(DEFAULT_CORS),
  TRUSTED_PROXIES: trustedProxies,
  MEDUSA_BACKEND_URL: z.url().default("http://localhost:9000"),
  MEDUSA_WORKER_MODE: z.enum(["shared", "server", "worker"]).default("shared"),
  MEDUSA_COOKIE_SECURE: z
    .enum(["true", "false"])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === "true")),
  // Card payments through Stripe are on only when STRIPE_API_KEY is set.
  STRIPE_API_KEY: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .optional(),
  // Only tests set this: the Stripe client then talks to a local fake of Stripe's API.
  STRIPE_API_BASE: optionalUrl,
  // QRIS, virtual accounts and e-wallets through Midtrans Snap are on only when both keys are set.
  MIDTRANS_SERVER_KEY: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .optional(),
  MIDTRANS_CLIENT_KEY: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .optional(),
  MIDTRANS_IS_PRODUCTION: z
    .enum(["true", "false", ""])
    .default("false")
    .transform((value) => value === "true"),
  MIDTRANS_HOURS_TO_PAY: z.coerce.number().int().positive().default(24),
  // Only tests set this: both Midtrans clients then talk to a local fake of Midtrans' APIs.
  MIDTRANS_API_BASE: optionalUrl,
  // Medusa waits this long before handling a payment webhook, so a webhook racing the
  // buyer's own cart completion loses; tests shorten it.
  PAYMENT_WEBHOOK_DELAY_MS: z.coerce.number().int().positive().default(5000),
  // Load shedding: past this many requests at once, or this much event-loop delay, a request is
  // answered 503 with Retry-After at once instead of queueing (0 turns that check off).
  /** The bearer token GET /metrics asks for; unset, the route answers 404 (metrics are not public). */
  METRICS_TOKEN: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.string().min(16, "METRICS_TOKEN: at least 16 characters").optional())
    .optional(),
  MAX_REQUESTS_IN_FLIGHT: z.coerce.number().int().min(0).default(8),
  MAX_EVENT_LOOP_DELAY_MS: z.coerce.number().int().min(0).default(250),
  // Medusa's cache for its store routes (read by Medusa itself); here it decides where the cache lives.
  MEDUSA_FF_CACHING: z
    .enum(["true", "false", ""])
    .default("false")
    .transform((value) => value === "true"),
  DISABLE_MEDUSA_ADMIN: z
    .enum(["true", "false", ""])
    .default("false")
    .transform((value) => value === "true"),
})

export type BackendEnv = Omit<z.infer<typeof envSchema>, "JWT_SECRET" | "COOKIE_SECRET" | "DATABASE_URL"> & {
  DATABASE_URL: string
  JWT_SECRET: string
  COOKIE_SECRET: string
}

const isLoopback = (url: string) => ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname)

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`)
    this.name = "InvalidEnvironmentError"
  }
}

function secretProblem(name: string, value: string | undefined): string | undefined {
  if (!value) {
    return `${name} is missing: set it to a random value of at least ${MIN_SECRET_LENGTH} characters (openssl rand -hex 32)`
  }
  if (WELL_KNOWN_SECRETS.has(value.toLowerCase()) || value === DEVELOPMENT_SECRET) {
    return `${name} is a well-known default: set it to a random value of at least ${MIN_SECRET_LENGTH} characters (openssl rand -hex 32)`
  }
  if (value.length < MIN_SECRET_LENGTH) {
    return `${name} is too short (${value.length} characters): use at least ${MIN_SECRET_LENGTH}`
  }
  return undefined
}

/**
 * Reads and validates the backend's environment once. Outside production a
 * missing secret falls back to a development value; in production a missing or
 * default secret is refused, naming the variable.
 *
 * @example
 * const env = readBackendEnv(process.env)
 * env.DATABASE_URL // "postgres://..."
 */
export function readBackendEnv(source: NodeJS.ProcessEnv): BackendEnv {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    throw new InvalidEnvironmentError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".")
        return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`
      })
    )
  }
  const env = parsed.data
  const problems: Array<string | undefined> = []
  // Medusa's test runner supplies its own database after reading this config.
  if (!env.DATABASE_URL && env.NODE_ENV !== "test") {
    problems.push("DATABASE_URL is required (postgres://user:password@host:5432/database)")
  }
  if (env.STRIPE_API_KEY && !env.STRIPE_WEBHOOK_SECRET) {
    problems.push("STRIPE_WEBHOOK_SECRET is missing: with STRIPE_API_KEY set, the signing secret of the webhook endpoint (whsec_...) is required")
  }
  // A test key against a fake on this machine moves no money; anything else in production must talk to Stripe itself.
  if (env.NODE_ENV === "production" && env.STRIPE_API_BASE && !(env.STRIPE_API_KEY?.startsWith("sk_test_") && isLoopback(env.STRIPE_API_BASE))) {
    problems.push("STRIPE_API_BASE is for tests against a local fake of Stripe (a sk_test_ key and a localhost address): unset it in production")
  }
  if (Boolean(env.MIDTRANS_SERVER_KEY) !== Boolean(env.MIDTRANS_CLIENT_KEY)) {
    problems.push("MIDTRANS_SERVER_KEY and MIDTRANS_CLIENT_KEY go together: set both (Midtrans dashboard, Settings, Access Keys) or neither")
  }
  if (env.NODE_ENV === "production" && env.MIDTRANS_API_BASE && !isLoopback(env.MIDTRANS_API_BASE)) {
    problems.push("MIDTRANS_API_BASE is for tests against a local fake of Midtrans: unset it in production")
  }
  if (env.SMTP_URL && !env.NOTIFICATION_FROM) {
    problems.push('NOTIFICATION_FROM is missing: with SMTP_URL set, the sender of the emails is required (e.g. "Pasar Desa OK OCE <pesan@pasardesa.id>")')
  }
  if (Boolean(env.WHATSAPP_TOKEN) !== Boolean(env.WHATSAPP_PHONE_NUMBER_ID)) {
    problems.push("WHATSAPP_TOKEN and WHATSAPP_PHONE_NUMBER_ID go together: set both (Meta App Dashboard, WhatsApp, API Setup) or neither")
  }
  if (env.NODE_ENV === "production" && env.WHATSAPP_API_BASE && !isLoopback(env.WHATSAPP_API_BASE)) {
    problems.push("WHATSAPP_API_BASE is for tests against a local fake of the Graph API: unset it in production")
  }
  if (env.S3_BUCKET) {
    const missing = (["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FILE_URL"] as const).filter((name) => !env[name])
    if (missing.length) {
      problems.push(`${missing.join(", ")} missing: with S3_BUCKET set, the bucket's keys and S3_FILE_URL (where buyers fetch its files) are required`)
    }
  }
  if (env.NODE_ENV === "production") {
    problems.push(secretProblem("JWT_SECRET", env.JWT_SECRET), secretProblem("COOKIE_SECRET", env.COOKIE_SECRET))
  }
  const found = problems.filter((problem): problem is string => Boolean(problem))
  if (found.length) {
    throw new InvalidEnvironmentError(found)
  }
  return {
    ...env,
    DATABASE_URL: env.DATABASE_URL ?? "",
    JWT_SECRET: env.JWT_SECRET || DEVELOPMENT_SECRET,
    COOKIE_SECRET: env.COOKIE_SECRET || DEVELOPMENT_SECRET,
  }
}

/** The shop's public address, where a link sent to a producer or buyer leads (no trailing slash). */
export function shopAddress(env: Pick<BackendEnv, "STOREFRONT_URL">): string {
  return env.STOREFRONT_URL.replace(/\/+$/, "")
}
