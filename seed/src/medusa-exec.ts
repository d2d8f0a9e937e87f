import { readFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { demoAccountSchema, seedDemo } from "./index"

/**
 * Entry point for `medusa exec` (run by `npm start` and `npm run seed`). The demo logins come from the JSON file named
 * by PASAR_DESA_ACCOUNTS_FILE (written by `npm start`, never committed).
 */
export default async function seedFromCommandLine({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const accountsFile = process.env.PASAR_DESA_ACCOUNTS_FILE
  const accounts = accountsFile ? z.object({ accounts: z.array(demoAccountSchema) }).parse(JSON.parse(readFileSync(accountsFile, "utf8"))).accounts : []
  // `npm run seed -- --products N` passes N here: the catalogue grows to N products.
  const totalProducts = process.env.PASAR_SEED_PRODUCTS ? z.coerce.number().int().positive().parse(process.env.PASAR_SEED_PRODUCTS) : undefined
  const result = await seedDemo(container, { accounts, totalProducts })
  logger.info(
    `Seed done: created ${result.createdPlaces} places, ${result.createdProducers} producers, ${result.createdProducts} products, ${result.createdAccounts} accounts, ${result.createdHarvests} harvests`
  )
}
