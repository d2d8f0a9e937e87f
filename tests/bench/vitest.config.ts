import { defineConfig } from "vitest/config"

// The benchmark report's pure logic (comparison with the previous run, the table); the benchmarks themselves run with `npm run bench`.
export default defineConfig({
  test: {
    name: "bench",
    // Both cores (vitest leaves one idle by default); the end-to-end files run after, alone (tests/vitest.config.ts).
    maxWorkers: 2,
    sequence: { groupOrder: 0 },
    root: import.meta.dirname,
    include: ["*.test.ts"],
  },
})
