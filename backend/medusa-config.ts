import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { readBackendEnv, type BackendEnv } from "./src/lib/env"
import { fileStorageProvider } from "./src/lib/files/file-storage"
import { notificationSenders } from "./src/lib/notification/senders"
import { searchModules } from "./src/lib/search-config"
import { paymentModule } from "./src/lib/payment-config"
import { collapseRedisConnectionErrors } from "./src/lib/redis-outage-log"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = readBackendEnv(process.env)
if (env.REDIS_URL) {
  collapseRedisConnectionErrors(env.REDIS_URL)
}

/**
 * With REDIS_URL every process shares events, workflow state, locks and the
 * cache through Redis, which is what lets a server and a worker run apart.
 * Without it Medusa keeps them in memory: fine for one process.
 */
function redisModules({ REDIS_URL: redisUrl }: BackendEnv) {
  if (!redisUrl) {
    return []
  }
  return [
    { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
      },
    },
  ]
}

/**
 * Medusa's cache for its store routes (MEDUSA_FF_CACHING=true, as docker-compose.yml sets it): answers are
 * kept until an event about what they show clears them. In Redis when there is one, so every server shares
 * it; else in the process's memory, bounded. Off by default under `npm start`: in one process it made a
 * checkout completion about twice as slow (docs/performance.md).
 */
function cachingModule({ REDIS_URL: redisUrl, MEDUSA_FF_CACHING: enabled }: BackendEnv) {
  if (redisUrl) {
    return [
      {
        key: Modules.CACHING,
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }],
        },
      },
    ]
  }
  if (!enabled) return []
  return [{ key: Modules.CACHING, resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true, maxSize: 64 * 1024 * 1024 } } }]
}

/**
 * Email goes out through SMTP when SMTP_URL is set, WhatsApp through the
 * WhatsApp Business Cloud API when WHATSAPP_TOKEN and WHATSAPP_PHONE_NUMBER_ID
 * are; otherwise every notification (a producer's new order, a reset link, a
 * canceled pre-order) is written as a JSON line to NOTIFICATION_LOG_FILE (by
 * default `.medusa/notifications.log` outside production; the local demo sets
 * it). The notification table keeps each one either way, which is what tests
 * read. A production shop with none of them sends nothing.
 */
function notificationModules(env: BackendEnv) {
  const { file, smtp, whatsapp } = notificationSenders(env)
  const providers = [
    ...(file ? [{ resolve: "./src/modules/notification-file", id: "file", options: { channels: file.channels, file: file.file } }] : []),
    ...(smtp ? [{ resolve: "./src/modules/notification-smtp", id: "smtp", options: { channels: ["email"], ...smtp } }] : []),
    ...(whatsapp ? [{ resolve: "./src/modules/notification-whatsapp", id: "whatsapp", options: { channels: ["whatsapp"], ...whatsapp } }] : []),
  ]
  if (!providers.length) {
    return []
  }
  return [{ key: Modules.NOTIFICATION, resolve: "@medusajs/medusa/notification", options: { providers } }]
}

/** Delivery is priced by our own provider (pickup, courier by kecamatan, expedition by weight); Medusa's manual one stays for the admin's own use. */
const fulfillmentModule = {
  key: Modules.FULFILLMENT,
  resolve: "@medusajs/medusa/fulfillment",
  options: {
    providers: [
      { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
      { resolve: "./src/modules/delivery", id: "pasar-desa" },
    ],
  },
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
    // The coordinators' admin session cookie is never sent with another site's
    // requests (SameSite=Lax: no cross-site form can act as a signed-in coordinator),
    // in every mode; Medusa leaves the attribute off outside production.
    // Production marks it Secure, which a browser only sends over HTTPS; the
    // local demo serves plain http on localhost and turns that off.
    cookieOptions: {
      sameSite: "lax",
      httpOnly: true,
      ...(env.MEDUSA_COOKIE_SECURE === undefined ? {} : { secure: env.MEDUSA_COOKIE_SECURE }),
    },
  },
  admin: {
    // The admin talks to the server that serves it, so its bundle holds no URL.
    disable: env.DISABLE_MEDUSA_ADMIN || env.MEDUSA_WORKER_MODE === "worker",
  },
  modules: [
    { resolve: "./src/modules/place" },
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/curation" },
    { resolve: "./src/modules/coordinator" },
    { resolve: "./src/modules/catalogue-revision" },
    { resolve: "./src/modules/harvest" },
    { resolve: "./src/modules/settlement" },
    { resolve: "./src/modules/privacy" },
    { resolve: "./src/modules/product-review" },
    { resolve: "./src/modules/stock-alert" },
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [fileStorageProvider(env)],
      },
    },
    ...redisModules(env),
    ...cachingModule(env),
    ...notificationModules(env),
    fulfillmentModule,
    ...searchModules(env),
    paymentModule(env),
  ],
})
