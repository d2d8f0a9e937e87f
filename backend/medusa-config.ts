import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { readBackendEnv, type BackendEnv } from "./src/lib/env"
import { searchModules } from "./src/lib/search-config"
import { paymentModules } from "./src/lib/payment-config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = readBackendEnv(process.env)

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
        providers: [
          { resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
    {
      key: Modules.CACHING,
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } },
        ],
      },
    },
  ]
}

/**
 * No email provider is chosen yet. Outside production the local provider
 * takes emails (a producer's password-reset link among them): it logs them
 * and the notification table keeps them, which is what tests read. Production
 * sends none until a provider is configured here.
 */
function notificationModules({ NODE_ENV }: BackendEnv) {
  if (NODE_ENV === "production") {
    return []
  }
  return [
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { name: "Local Notification Provider", channels: ["feed", "email"] } },
        ],
      },
    },
  ]
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
    // Production marks the session cookie Secure, which a browser only sends over
    // HTTPS; the local demo serves plain http on localhost and turns it off.
    cookieOptions: env.MEDUSA_COOKIE_SECURE === undefined ? undefined : { secure: env.MEDUSA_COOKIE_SECURE },
  },
  admin: {
    // The admin talks to the server that serves it, so its bundle holds no URL.
    disable: env.DISABLE_MEDUSA_ADMIN || env.MEDUSA_WORKER_MODE === "worker",
  },
  modules: [
    { resolve: "./src/modules/place" },
    { resolve: "./src/modules/producer" },
    { resolve: "./src/modules/curation" },
    { resolve: "./src/modules/catalogue-revision" },
    { resolve: "./src/modules/harvest" },
    {
      key: Modules.FILE,
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: { backend_url: `${env.MEDUSA_BACKEND_URL}/static` },
          },
        ],
      },
    },
    ...redisModules(env),
    ...notificationModules(env),
    ...searchModules(env),
    ...paymentModules(env),
  ],
})
