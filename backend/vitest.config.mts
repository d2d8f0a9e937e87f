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
    // A suite that finds no seeded template for its sources seeds the catalogue in its setup: about 40 s on
    // a quiet machine, past six minutes (a CI run of 8 Dec 2026) on two cores shared with the type check,
    // lint and the other worker.
    hookTimeout: 600_000,
  },
})
