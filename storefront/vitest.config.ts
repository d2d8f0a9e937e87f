import { defineConfig } from "vitest/config"

export default defineConfig({
  // Server code that talks to the backend imports astro:env/server, which only Astro's build provides.
  resolve: { alias: { "astro:env/server": new URL("./test-support/astro-env-server.ts", import.meta.url).pathname } },
  test: {
    name: "storefront",
    // Both cores (vitest leaves one idle by default); the end-to-end files run after, alone (tests/vitest.config.ts).
    maxWorkers: 2,
    sequence: { groupOrder: 0 },
    root: import.meta.dirname,
    include: ["src/**/*.test.ts"],
    // Medusa's JS SDK runs as Node loads it (its published source maps point at files it does not ship).
    server: { deps: { external: [/@medusajs\/js-sdk/] } },
  },
})
