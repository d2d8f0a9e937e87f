import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    name: "e2e",
    root: import.meta.dirname,
    include: ["e2e/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
})
