import { defineConfig } from "vitest/config"
import { SlowFilesFirst } from "./tests/support/slow-files-first.ts"

// `npm test` runs every workspace's suite: unit, backend integration, storefront and end to end.
export default defineConfig({
  test: {
    projects: ["backend/vitest.config.mts", "storefront/vitest.config.ts", "seed/vitest.config.mts", "tests/vitest.config.ts", "tests/bench/vitest.config.ts"],
    sequence: { sequencer: SlowFilesFirst },
  },
})
