import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    name: "e2e",
    // After every other suite, one file at a time: each starts a whole marketplace, and their
    // timing checks (overload, restart within 20 s) measure the machine, not a neighbour's load.
    maxWorkers: 1,
    sequence: { groupOrder: 1 },
    root: import.meta.dirname,
    include: ["e2e/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
})
