import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    name: "backend",
    // Both cores (vitest leaves one idle by default); the end-to-end files run after, alone (tests/vitest.config.ts).
    maxWorkers: 2,
    sequence: { groupOrder: 0 },
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
