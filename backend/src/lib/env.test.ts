import { describe, expect, it } from "vitest"
import { InvalidEnvironmentError, readBackendEnv } from "./env"

const strongSecret = "f".repeat(16) + "0123456789abcdef0123"
const base = { DATABASE_URL: "postgres://postgres@localhost:5432/pasar" }

function problemsOf(source: NodeJS.ProcessEnv) {
  try {
    readBackendEnv(source)
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      return error.problems
    }
    throw error
  }
  return []
}

describe("readBackendEnv", () => {
  it("names DATABASE_URL when it is missing", () => {
    expect(problemsOf({})).toEqual([expect.stringContaining("DATABASE_URL is required")])
  })

  it("refuses a default JWT secret in production, naming the variable", () => {
    const problems = problemsOf({ ...base, NODE_ENV: "production", JWT_SECRET: "supersecret", COOKIE_SECRET: strongSecret })
    expect(problems).toEqual([expect.stringMatching(/^JWT_SECRET is a well-known default/)])
  })

  it("refuses missing and short cookie secrets in production", () => {
    expect(problemsOf({ ...base, NODE_ENV: "production", JWT_SECRET: strongSecret })).toEqual([expect.stringMatching(/^COOKIE_SECRET is missing/)])
    expect(problemsOf({ ...base, NODE_ENV: "production", JWT_SECRET: strongSecret, COOKIE_SECRET: "short" })).toEqual([
      expect.stringMatching(/^COOKIE_SECRET is too short/),
    ])
  })

  it("accepts strong secrets in production and turns on the Redis-backed settings only with REDIS_URL", () => {
    const env = readBackendEnv({ ...base, NODE_ENV: "production", JWT_SECRET: strongSecret, COOKIE_SECRET: strongSecret, REDIS_URL: "" })
    expect(env).toMatchObject({ JWT_SECRET: strongSecret, REDIS_URL: undefined, MEDUSA_WORKER_MODE: "shared" })
  })

  it("keeps metrics closed with an empty METRICS_TOKEN and refuses one too short to guess at", () => {
    expect(readBackendEnv({ ...base, METRICS_TOKEN: "" }).METRICS_TOKEN).toBeUndefined()
    expect(readBackendEnv({ ...base, METRICS_TOKEN: "a".repeat(24) }).METRICS_TOKEN).toBe("a".repeat(24))
    expect(problemsOf({ ...base, METRICS_TOKEN: "pendek" })).toEqual([expect.stringContaining("METRICS_TOKEN")])
  })

  it("rejects an unknown worker mode", () => {
    expect(problemsOf({ ...base, MEDUSA_WORKER_MODE: "both" })).toEqual([expect.stringContaining("MEDUSA_WORKER_MODE")])
  })

  it("leaves card payments off without STRIPE_API_KEY and waits Medusa's 5 s before handling a payment webhook", () => {
    const env = readBackendEnv({ ...base, STRIPE_API_KEY: "", STRIPE_WEBHOOK_SECRET: "" })
    expect(env).toMatchObject({ STRIPE_API_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined, PAYMENT_WEBHOOK_DELAY_MS: 5000 })
  })

  it("reads the Stripe key, webhook secret, a local API base and a shorter webhook delay", () => {
    const env = readBackendEnv({
      ...base,
      STRIPE_API_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: "whsec_123",
      STRIPE_API_BASE: "http://127.0.0.1:12111",
      PAYMENT_WEBHOOK_DELAY_MS: "50",
    })
    expect(env).toMatchObject({
      STRIPE_API_KEY: "sk_test_123",
      STRIPE_WEBHOOK_SECRET: "whsec_123",
      STRIPE_API_BASE: "http://127.0.0.1:12111",
      PAYMENT_WEBHOOK_DELAY_MS: 50,
    })
  })

  it("requires the webhook secret once a Stripe key is set, naming the variable", () => {
    expect(problemsOf({ ...base, STRIPE_API_KEY: "sk_test_123" })).toEqual([expect.stringMatching(/^STRIPE_WEBHOOK_SECRET is missing/)])
  })

  it("refuses a Stripe API base that is not a URL, and in production any but a local fake with a test key", () => {
    expect(problemsOf({ ...base, STRIPE_API_BASE: "127.0.0.1 port 12111" })).toEqual([expect.stringContaining("STRIPE_API_BASE")])
    const production = { ...base, NODE_ENV: "production", JWT_SECRET: strongSecret, COOKIE_SECRET: strongSecret, STRIPE_WEBHOOK_SECRET: "whsec_123" }
    const forTests = /^STRIPE_API_BASE is for tests/
    expect(problemsOf({ ...production, STRIPE_API_KEY: "sk_live_123", STRIPE_API_BASE: "http://127.0.0.1:12111" })).toEqual([expect.stringMatching(forTests)])
    expect(problemsOf({ ...production, STRIPE_API_KEY: "sk_test_123", STRIPE_API_BASE: "https://stripe.example.com" })).toEqual([
      expect.stringMatching(forTests),
    ])
    expect(problemsOf({ ...production, STRIPE_API_KEY: "sk_test_123", STRIPE_API_BASE: "http://127.0.0.1:12111" })).toEqual([])
  })

  it("leaves Midtrans off without keys, wants both keys or neither, and a fake's API base only on this machine in production", () => {
    expect(readBackendEnv(base)).toMatchObject({ MIDTRANS_IS_PRODUCTION: false, MIDTRANS_HOURS_TO_PAY: 24 })
    expect(readBackendEnv(base).MIDTRANS_SERVER_KEY).toBeUndefined()
    expect(problemsOf({ ...base, MIDTRANS_SERVER_KEY: "SB-Mid-server-1" })).toEqual([
      expect.stringMatching(/^MIDTRANS_SERVER_KEY and MIDTRANS_CLIENT_KEY go together/),
    ])
    const keys = { MIDTRANS_SERVER_KEY: "Mid-server-1", MIDTRANS_CLIENT_KEY: "Mid-client-1", MIDTRANS_IS_PRODUCTION: "true" }
    const production = { ...base, NODE_ENV: "production", JWT_SECRET: strongSecret, COOKIE_SECRET: strongSecret, ...keys } as const
    expect(readBackendEnv(production)).toMatchObject({ MIDTRANS_IS_PRODUCTION: true })
    expect(problemsOf({ ...production, MIDTRANS_API_BASE: "https://midtrans.example.com" })).toEqual([expect.stringMatching(/^MIDTRANS_API_BASE is for tests/)])
    expect(problemsOf({ ...production, MIDTRANS_API_BASE: "http://127.0.0.1:4010" })).toEqual([])
  })

  it("sends email through SMTP only with a sender address, WhatsApp only with both its token and number, and a fake Graph API only on this machine in production", () => {
    expect(readBackendEnv(base).SMTP_URL).toBeUndefined()
    expect(problemsOf({ ...base, SMTP_URL: "smtp://pesan:rahasia@mail.example.id:587" })).toEqual([expect.stringMatching(/^NOTIFICATION_FROM is missing/)])
    expect(problemsOf({ ...base, SMTP_URL: "https://mail.example.id" })).toEqual([expect.stringMatching(/^SMTP_URL: an smtp:\/\/ or smtps:\/\/ address/)])
    expect(
      readBackendEnv({ ...base, SMTP_URL: "smtps://pesan:rahasia@mail.example.id:465", NOTIFICATION_FROM: "Pasar Desa <pesan@example.id>" })
    ).toMatchObject({
      SMTP_URL: "smtps://pesan:rahasia@mail.example.id:465",
      NOTIFICATION_FROM: "Pasar Desa <pesan@example.id>",
    })
    expect(problemsOf({ ...base, WHATSAPP_TOKEN: "EAAG-token" })).toEqual([expect.stringMatching(/^WHATSAPP_TOKEN and WHATSAPP_PHONE_NUMBER_ID go together/)])
    const production = {
      ...base,
      NODE_ENV: "production",
      JWT_SECRET: strongSecret,
      COOKIE_SECRET: strongSecret,
      WHATSAPP_TOKEN: "EAAG-token",
      WHATSAPP_PHONE_NUMBER_ID: "1065",
    } as const
    expect(problemsOf(production)).toEqual([])
    expect(problemsOf({ ...production, WHATSAPP_API_BASE: "https://graph.example.com" })).toEqual([expect.stringMatching(/^WHATSAPP_API_BASE is for tests/)])
    expect(problemsOf({ ...production, WHATSAPP_API_BASE: "http://127.0.0.1:4020" })).toEqual([])
  })

  it("rejects a webhook delay that is not a positive number of milliseconds", () => {
    expect(problemsOf({ ...base, PAYMENT_WEBHOOK_DELAY_MS: "0" })).toEqual([expect.stringContaining("PAYMENT_WEBHOOK_DELAY_MS")])
  })

  it("believes X-Forwarded-For from loopback only, unless TRUSTED_PROXIES names the proxies", () => {
    expect(readBackendEnv(base).TRUSTED_PROXIES).toEqual(["loopback"])
    expect(readBackendEnv({ ...base, TRUSTED_PROXIES: " 10.0.0.5, 172.30.0.0/24 ,loopback" }).TRUSTED_PROXIES).toEqual([
      "10.0.0.5",
      "172.30.0.0/24",
      "loopback",
    ])
    expect(readBackendEnv({ ...base, TRUSTED_PROXIES: "" }).TRUSTED_PROXIES).toEqual([])
  })

  it("refuses a trusted proxy that is not an address or range, naming the variable and the entry", () => {
    expect(problemsOf({ ...base, TRUSTED_PROXIES: "127.0.0.1,storefront" })).toEqual([expect.stringMatching(/^TRUSTED_PROXIES: "storefront"/)])
    expect(problemsOf({ ...base, TRUSTED_PROXIES: "10.0.0.0/99" })).toEqual([expect.stringMatching(/^TRUSTED_PROXIES: "10.0.0.0\/99"/)])
  })

  it("keeps uploads on the backend's disk without S3_BUCKET, and with it wants the bucket's keys and public address, naming what is missing", () => {
    expect(readBackendEnv(base).S3_BUCKET).toBeUndefined()
    expect(problemsOf({ ...base, S3_BUCKET: "pasar-desa", S3_ACCESS_KEY_ID: "pasar" })).toEqual([
      expect.stringMatching(/^S3_SECRET_ACCESS_KEY, S3_FILE_URL missing: with S3_BUCKET set/),
    ])
    expect(problemsOf({ ...base, S3_BUCKET: "pasar-desa", S3_FILE_URL: "not an address" })).toEqual([expect.stringMatching(/^S3_FILE_URL: /)])
  })
})
