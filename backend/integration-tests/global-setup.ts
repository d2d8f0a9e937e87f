import type { TestProject } from "vitest/node"
import { provideTestDatabase } from "../../tests/support/test-database.ts"

export default async function setup(project: TestProject) {
  const database = await provideTestDatabase()
  project.provide("database", database.settings)
  return database.stop
}

declare module "vitest" {
  export interface ProvidedContext {
    database: import("../../tests/support/test-database.ts").DatabaseSettings
  }
}
