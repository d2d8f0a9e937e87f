// @ts-check
import node from "@astrojs/node"
import react from "@astrojs/react"
import { defineConfig, envField } from "astro/config"

export default defineConfig({
  output: "server",
  adapter: node({ mode: "standalone" }),
  integrations: [react()],
  // Stripe's React bindings are installed at the workspace root, where another React (the admin's)
  // would be theirs: one React, the storefront's, for every island.
  vite: { resolve: { dedupe: ["react", "react-dom"] } },
  security: {
    // Form posts from another site are refused (403): the cart, checkout, account and panel forms
    // act on the visitor's cookies, so a foreign page must not submit them (CSRF).
    checkOrigin: true,
    // A Content-Security-Policy header on every page: scripts and styles only from this site or
    // hashed by Astro at build time (island loaders, inlined styles), nothing injected runs.
    // The product images' origin (the backend's files) is added per request in the middleware;
    // the card page adds Stripe's origins itself.
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "img-src 'self' data: https:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
    },
  },
  i18n: {
    defaultLocale: "id",
    locales: ["id", "en"],
    routing: { prefixDefaultLocale: false },
  },
  env: {
    schema: {
      // Secret server variables are read when the server runs, not baked in at build time.
      MEDUSA_BACKEND_URL: envField.string({ context: "server", access: "secret", default: "http://localhost:9000" }),
      MEDUSA_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      // "off" renders every catalogue page afresh (benchmarks compare both).
      // Stripe's publishable key (pk_...) for the card step; without it the card option stays hidden. Read at runtime like the rest.
      STRIPE_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      STOREFRONT_PAGE_CACHE: envField.enum({ context: "server", access: "secret", values: ["on", "off"], default: "on" }),
    },
  },
})
