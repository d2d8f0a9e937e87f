import { mendProductViews } from "@pasar-desa/backend/src/lib/catalogue/mend-product-views"
import type { MedusaContainer } from "@medusajs/framework/types"
import { readSeedData } from "./data-files"
import { createProgress, type Progress } from "./progress"
import type { DemoAccount } from "./schemas"
import { seedAccounts } from "./seed-accounts"
import { seedPlaces } from "./seed-places"
import { seedProducers } from "./seed-producers"
import { seedProducts } from "./seed-products"
import { seedStore } from "./seed-store"
import { seedCuration, seedCuratorsPicks } from "./seed-curation"
import { seedHarvests } from "./seed-harvests"
import { seedSyntheticProducts, syntheticProducts } from "./synthetic"

export { demoAccountSchema, DEMO_ROLES, type DemoAccount } from "./schemas"
export { readSeedData } from "./data-files"

export type SeedSummary = {
  publishableKey: string
  createdPlaces: number
  createdProducers: number
  createdProducts: number
  createdAccounts: number
  approvedProducts: number
  createdHarvests: number
}

/**
 * Loads the demo marketplace: store setup, Pacitan's places, producers with
 * their stock locations, products with stock and pictures, expected harvests
 * of fresh produce, demo logins.
 * Everything is looked up before it is created, so a second run changes nothing.
 *
 * @example
 * const { publishableKey } = await seedDemo(container, { accounts })
 */
export async function seedDemo(
  container: MedusaContainer,
  { accounts, totalProducts, progress = createProgress() }: { accounts: DemoAccount[]; totalProducts?: number; progress?: Progress }
): Promise<SeedSummary> {
  const { store: storeSeed, catalogue, harvests: harvestSeeds } = readSeedData()
  const store = await seedStore(container, storeSeed)
  const places = await seedPlaces(container, catalogue.places)
  const producers = await seedProducers(container, catalogue.producers, places.desaIdByCode, progress)
  const products = await seedProducts(container, {
    products: catalogue.products,
    categories: catalogue.categories,
    producers: producers.producers,
    store,
    progress,
  })
  const synthetic = totalProducts
    ? await seedSyntheticProducts(container, {
        base: catalogue.products,
        total: totalProducts,
        categories: catalogue.categories,
        producers: producers.producers,
        store,
        progress,
      })
    : { created: 0 }
  const handles = [
    ...catalogue.products.map((product) => product.handle),
    ...(totalProducts ? syntheticProducts(catalogue.products, totalProducts).map((product) => product.handle) : []),
  ]
  const curation = await seedCuration(container, handles, progress)
  await seedCuratorsPicks(
    container,
    catalogue.products.map((product) => product.handle)
  )
  const harvests = await seedHarvests(container, harvestSeeds)
  const activeProducerIds = catalogue.producers
    .filter((producer) => producer.status === "active")
    .map((producer) => producers.producers.get(producer.handle)!.id)
  const users = await seedAccounts(container, accounts, activeProducerIds)
  // What pages read, written here rather than left to the seed's thousands of events, which a
  // queue may still hold when the shop starts (and lose, with a Redis that keeps nothing).
  await mendProductViews(container)
  return {
    publishableKey: store.publishableKey,
    createdPlaces: places.created,
    createdProducers: producers.created,
    createdProducts: products.created + synthetic.created,
    createdAccounts: users.created,
    approvedProducts: curation.approved,
    createdHarvests: harvests.created,
  }
}
