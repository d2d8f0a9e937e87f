import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    name: "seed",
    // Both cores (vitest leaves one idle by default); the end-to-end files run after, alone (tests/vitest.config.ts).
    maxWorkers: 2,
    sequence: { groupOrder: 0 },
    root: import.meta.dirname,
    include: ["src/**/*.test.ts"],
  },
})
