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
