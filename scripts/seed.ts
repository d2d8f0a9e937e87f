// npm run seed [-- --products N]: loads the demo data into the database npm start uses
// (the running embedded PostgreSQL, a stopped one started for the occasion, or DATABASE_URL),
// and with --products grows the catalogue to N products for benchmarks.
import { existsSync } from "node:fs"
import path from "node:path"
import { parseArgs } from "node:util"
import { backendEnv, backendPaths, buildBackendIfStale, linkUploadsToDataDir, migrateIfNeeded, seedCatalogue } from "./stack/backend.ts"
import { readStackConfig, StackError } from "./stack/config.ts"
import { embeddedClusterDir, embeddedDatabaseUrl, startEmbeddedPostgres, type RunningPostgres } from "./stack/postgres.ts"
import { loadOrCreateSecrets } from "./stack/secrets.ts"

const { values } = parseArgs({ options: { products: { type: "string" } } })
const totalProducts = values.products === undefined ? undefined : Number(values.products)
if (totalProducts !== undefined && (!Number.isInteger(totalProducts) || totalProducts < 1)) {
  console.error(`✖ --products ${values.products} is not a positive whole number.`)
  process.exit(1)
}

const config = readStackConfig()
const secrets = loadOrCreateSecrets(config.dataDir)
const logs = { dir: path.join(config.dataDir, "logs"), echo: true }
let postgres: RunningPostgres | undefined
try {
  let databaseUrl = config.databaseUrl
  if (!databaseUrl) {
    const running = existsSync(path.join(embeddedClusterDir(config.dataDir), "postmaster.pid"))
    databaseUrl = running
      ? embeddedDatabaseUrl(config.postgresPort, secrets.postgresPassword)
      : (postgres = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.postgresPort, password: secrets.postgresPassword })).databaseUrl
  }
  const paths = backendPaths(config.root)
  const env = backendEnv(config, secrets, databaseUrl)
  await buildBackendIfStale(paths, env, logs)
  linkUploadsToDataDir(paths, config.dataDir)
  await migrateIfNeeded(paths, env, logs)
  await seedCatalogue(config, paths, { ...env, ...(totalProducts ? { PASAR_SEED_PRODUCTS: String(totalProducts) } : {}) }, logs)
} catch (error) {
  console.error(error instanceof StackError ? `✖ ${error.message}` : error)
  process.exitCode = 1
} finally {
  await postgres?.stop()
}
