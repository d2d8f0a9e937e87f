import { readFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { PRODUCT_SEARCH_INDEX } from "@pasar-desa/backend/src/lib/search/product-document"
import { rebuildProductSearchIndex } from "@pasar-desa/backend/src/lib/search/rebuild-product-index"
import { demoAccountSchema, seedDemo } from "./index"

/**
 * Entry point for `medusa exec` (run by `npm start` and `npm run seed`). The demo logins come from the JSON file named
 * by PASAR_DESA_ACCOUNTS_FILE (written by `npm start`, never committed).
 * A new shop's product index is built before the catalogue goes in (it is empty then, so this is quick): the
 * catalogue's events then add each product to it as they come, instead of each failing on an index that is not there.
 */
export default async function seedFromCommandLine({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const accountsFile = process.env.PASAR_DESA_ACCOUNTS_FILE
  const accounts = accountsFile ? z.object({ accounts: z.array(demoAccountSchema) }).parse(JSON.parse(readFileSync(accountsFile, "utf8"))).accounts : []
  // `npm run seed -- --products N` passes N here: the catalogue grows to N products.
  const totalProducts = process.env.PASAR_SEED_PRODUCTS ? z.coerce.number().int().positive().parse(process.env.PASAR_SEED_PRODUCTS) : undefined
  const [index] = (await container.resolve(Modules.SEARCH).listIndexes()).filter((entry) => entry.name === PRODUCT_SEARCH_INDEX)
  if (index?.status !== "ready") await rebuildProductSearchIndex(container)
  const result = await seedDemo(container, { accounts, totalProducts })
  logger.info(
    `Seed done: created ${result.createdPlaces} places, ${result.createdProducers} producers, ${result.createdProducts} products, ${result.createdAccounts} accounts, ${result.createdHarvests} harvests`
  )
}
