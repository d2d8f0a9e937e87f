import { defineConfig } from "vitest/config"

// The benchmark report's pure logic (comparison with the previous run, the table); the benchmarks themselves run with `npm run bench`.
export default defineConfig({
  test: {
    name: "bench",
    root: import.meta.dirname,
    include: ["*.test.ts"],
  },
})
