import path from "node:path"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { generateTypes } from "@medusajs/medusa/commands/utils/generate-types"
import { initializeContainer } from "@medusajs/medusa/loaders/index"

/**
 * npm run types -w @pasar-desa/backend
 * Writes .medusa/types (what query.graph returns per entity, and the module
 * container's services) as `medusa build` does before it compiles, without the
 * build: `npm run typecheck` needs them and a fresh clone has none. Medusa
 * loads the modules' schemas only, so no database or Redis is reached.
 */
async function main() {
  // medusa-config.ts refuses to load without a database address (src/lib/env.ts); none is dialled here.
  process.env.DATABASE_URL ||= "postgres://localhost/not-connected"
  const directory = path.resolve(__dirname, "..")
  const container = await initializeContainer(directory, { skipDbConnection: true, throwOnValidationError: false })
  await generateTypes({ directory, container, logger: container.resolve(ContainerRegistrationKeys.LOGGER) })
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  }
)
