import { createRequire } from "node:module"
import path from "node:path"
import { afterAll, beforeAll } from "vitest"

type TemplateOptions = { databaseName: string; templateName: string }
type Templates = {
  createPostgresDatabaseTemplate: (options: TemplateOptions) => Promise<void>
  restorePostgresDatabaseFromTemplate: (options: TemplateOptions) => Promise<void>
}

/**
 * Medusa's test runner snapshots the database after a suite's setup and
 * restores it before every further test, through these two exports of its
 * template helpers (it reads them at each call). A restore drops the database
 * and waits for every connection to it to end: about a second here, which is
 * most of the time of a suite of quick read-only tests.
 */
const require = createRequire(import.meta.url)
const templates = require(path.join(path.dirname(require.resolve("@medusajs/test-utils")), "medusa-test-runner-utils", "postgres-template.js")) as Templates
if (typeof templates.restorePostgresDatabaseFromTemplate !== "function" || typeof templates.createPostgresDatabaseTemplate !== "function") {
  throw new Error("@medusajs/test-utils no longer restores through postgres-template.js: update shared-database.ts")
}

/** Within a sharing block: whether its database is already fresh (restored, or just snapshotted). */
let sharing: { fresh: boolean } | undefined

const snapshot = templates.createPostgresDatabaseTemplate
templates.createPostgresDatabaseTemplate = async (options) => {
  await snapshot(options)
  if (sharing) sharing.fresh = true
}
const restore = templates.restorePostgresDatabaseFromTemplate
templates.restorePostgresDatabaseFromTemplate = async (options) => {
  if (sharing?.fresh) return
  await restore(options)
  if (sharing) sharing.fresh = true
}

/**
 * The tests of the calling describe block share one database: it is restored
 * before the first of them as usual, then not between them. For blocks whose
 * tests only read, or only try changes that must be refused (each checking
 * that nothing changed): a restore between them would hide nothing, and a
 * test that did change something shows in the ones after it.
 */
export function testsShareTheDatabase() {
  beforeAll(() => {
    sharing = { fresh: false }
  })
  afterAll(() => {
    sharing = undefined
  })
}
