import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

const BACKEND_DIR = path.resolve(import.meta.dirname, "..")

/** Medusa's HTTP test runner, started from the backend folder whatever the caller's working directory. */
export function backendTestRunner(testSuite: Parameters<typeof medusaIntegrationTestRunner>[0]["testSuite"]) {
  return medusaIntegrationTestRunner({ cwd: BACKEND_DIR, inApp: true, testSuite })
}
