import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    name: "backend",
    root: import.meta.dirname,
    globals: true,
    // Medusa require()s its config and src/** itself: each file gets its own process.
    pool: "forks",
    include: ["src/**/*.test.ts", "integration-tests/**/*.spec.ts"],
    globalSetup: ["./integration-tests/global-setup.ts"],
    setupFiles: ["./integration-tests/setup.ts"],
    testTimeout: 60_000,
    silent: "passed-only",
    hookTimeout: 180_000,
  },
})
