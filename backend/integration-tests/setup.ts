import { createRequire } from "node:module"
import path from "node:path"
import { inject } from "vitest"

// Medusa's test utils read DB_* when they are first loaded, so set them before any test imports them.
Object.assign(process.env, inject("database"), { NODE_ENV: "test" })
// Backend suites run their test files in parallel processes, each on its own database: a shared
// Redis would hand one file's events (search indexing, curation) to another. CI sets REDIS_URL for
// the production-shape suite; here Medusa keeps events and workflows in memory.
delete process.env.REDIS_URL
// Medusa logs every event and request; a test run shows only what went wrong.
process.env.LOG_LEVEL ??= "error"

// medusa-config.ts names its modules by paths relative to the working directory: the backend folder.
process.chdir(path.resolve(import.meta.dirname, ".."))

const require = createRequire(import.meta.url)
// Medusa require()s medusa-config.ts and src/** with Node's own loader, which needs ts-node for TypeScript.
require("ts-node").register({ transpileOnly: true, swc: true, project: require.resolve("../tsconfig.json") })
require("@mikro-orm/core").MetadataStorage.clear()
// Scheduled jobs fire by the wall clock (every minute, each quarter hour): inside a suite they would
// change tables between a test's "before" and "after" whenever a run meets the hour. A suite that
// tests a job calls its function; `npm start` and the e2e suites run them on schedule.
require("@medusajs/framework/jobs").JobLoader.prototype.load = async () => undefined
