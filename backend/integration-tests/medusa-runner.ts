import { randomBytes } from "node:crypto"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { afterAll, beforeAll, beforeEach } from "vitest"
import { LONGEST_TEMPLATE_WAIT_MS, startFromSeededTemplate, stopBuildingTemplate } from "./seeded-template"

const BACKEND_DIR = path.resolve(import.meta.dirname, "..")

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Medusa's HTTP test runner, started from the backend folder whatever the
 * caller's working directory. A suite that seeds the demo catalogue says
 * `seeded: true`: its database then starts as a clone of the seeded template
 * when one exists (seeded-template.ts), and its seeding finds the data there; when another suite is
 * seeding it right then, it waits for that one's template.
 */
export function backendTestRunner(testSuite: RunnerOptions["testSuite"], { env, seeded = false }: Pick<RunnerOptions, "env"> & { seeded?: boolean } = {}) {
  if (!seeded) return medusaIntegrationTestRunner({ cwd: BACKEND_DIR, inApp: true, testSuite, env })
  const dbName = `medusa-seeded-${randomBytes(6).toString("hex")}`
  beforeAll(() => startFromSeededTemplate(dbName), LONGEST_TEMPLATE_WAIT_MS + 30_000)
  // A suite that got to seed the template but did not keep it (the search suites seed through their own
  // engine's events; a seeding that failed) lets the others go on once its setup is over, or when it ends.
  beforeEach(stopBuildingTemplate)
  afterAll(stopBuildingTemplate)
  return medusaIntegrationTestRunner({ cwd: BACKEND_DIR, inApp: true, testSuite, env, dbName })
}
