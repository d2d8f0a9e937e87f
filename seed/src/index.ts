import type { MedusaContainer } from "@medusajs/framework/types"
import { readSeedData } from "./data-files"
import type { DemoAccount } from "./schemas"
import { seedAccounts } from "./seed-accounts"
import { seedCatalogue } from "./seed-catalogue"
import { seedStore } from "./seed-store"

export { demoAccountSchema, DEMO_ROLES, type DemoAccount } from "./schemas"
export { readSeedData } from "./data-files"

/**
 * Loads the demo marketplace. Every part is looked up before it is created,
 * so a second run changes nothing.
 *
 * @example
 * const { publishableKey } = await seedDemo(container, { accounts })
 */
export async function seedDemo(container: MedusaContainer, { accounts }: { accounts: DemoAccount[] }) {
  const data = readSeedData()
  const store = await seedStore(container, data.store)
  const catalogue = await seedCatalogue(container, data.catalogue, store)
  const users = await seedAccounts(container, accounts)
  return { publishableKey: store.publishableKey, createdProducts: catalogue.created, createdAccounts: users.created }
}
