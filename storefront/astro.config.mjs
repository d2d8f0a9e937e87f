// @ts-check
import node from "@astrojs/node"
import react from "@astrojs/react"
import { defineConfig, envField } from "astro/config"

export default defineConfig({
  output: "server",
  // No request body is read past 16 MB: the connection is cut there (the default is 1 GB). The
  // middleware already answers 413 past 1 MB; it reads on only to let the client finish sending.
  adapter: node({ mode: "standalone", bodySizeLimit: 16 * 1024 * 1024 }),
  integrations: [react()],
  // Stripe's React bindings are installed at the workspace root, where another React (the admin's)
  // would be theirs: one React, the storefront's, for every island.
  vite: { resolve: { dedupe: ["react", "react-dom"] } },
  security: {
    // Form posts from another site are refused (403): the cart, checkout, account and panel forms
    // act on the visitor's cookies, so a foreign page must not submit them (CSRF). The middleware
    // does Astro's check itself: behind the TLS proxy the page's origin is PUBLIC_ORIGIN (https),
    // which Astro's check, comparing with the http URL the server receives, would refuse.
    checkOrigin: false,
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
    // English under /en/ is the Indonesian pages, not copies of them: a page missing under /en/ is rendered
    // from its Indonesian file at the same address, with Astro.currentLocale "en" (see src/middleware.ts).
    fallback: { en: "id" },
    routing: { prefixDefaultLocale: false, fallbackType: "rewrite" },
  },
  env: {
    schema: {
      // Secret server variables are read when the server runs, not baked in at build time.
      MEDUSA_BACKEND_URL: envField.string({ context: "server", access: "secret", default: "http://localhost:9000" }),
      MEDUSA_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      // Stripe's publishable key (pk_...) for the card step; without it the card option stays hidden. Read at runtime like the rest.
      STRIPE_PUBLISHABLE_KEY: envField.string({ context: "server", access: "secret", optional: true }),
      // The address buyers use (https://... behind the TLS proxy): forms posted from it are accepted
      // and every cookie is Secure when it is https.
      PUBLIC_ORIGIN: envField.string({ context: "server", access: "secret", url: true, optional: true }),
      // Addresses or CIDR ranges of the proxies in front (e.g. "172.16.0.0/12"): only their
      // X-Forwarded-Proto/-Host/-For headers are believed.
      TRUSTED_PROXIES: envField.string({ context: "server", access: "secret", optional: true }),
      // The bearer token /metrics asks for (Prometheus); unset, /metrics answers 404.
      METRICS_TOKEN: envField.string({ context: "server", access: "secret", optional: true }),
      // "off" renders every catalogue page afresh (benchmarks compare both).
      STOREFRONT_PAGE_CACHE: envField.enum({ context: "server", access: "secret", values: ["on", "off"], default: "on" }),
    },
  },
})
