import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

const BACKEND_DIR = path.resolve(import.meta.dirname, "..")

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/** Medusa's HTTP test runner, started from the backend folder whatever the caller's working directory. */
export function backendTestRunner(testSuite: RunnerOptions["testSuite"], { env }: Pick<RunnerOptions, "env"> = {}) {
  return medusaIntegrationTestRunner({ cwd: BACKEND_DIR, inApp: true, testSuite, env })
}
