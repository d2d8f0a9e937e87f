import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemo } from "@pasar-desa/seed"
import { coordinatorHeaders } from "./admin-auth"
import { keepSeededTemplate } from "./seeded-template"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any }>
  post: (url: string, body: unknown, config?: unknown) => Promise<{ data: any }>
}
type Headers = { headers: Record<string, string> }

const silent = { start: () => {}, tick: () => {}, stop: () => {} }

/**
 * The demo catalogue, without demo accounts, in a suite started with `backendTestRunner(…, { seeded: true })`:
 * seeded here (and kept as the template for the suites after) or found already there in a clone of it.
 */
export async function seedDemoForTests(container: MedusaContainer) {
  const summary = await seedDemo(container, { accounts: [], progress: silent })
  await keepSeededTemplate()
  return summary
}

/** The demo catalogue seeded, and what most store suites start from: the store key's headers, a signed-in coordinator's, the rupiah region. */
export async function seededStore(container: MedusaContainer, api: Api): Promise<{ store: Headers; admin: Headers; regionId: string }> {
  const { publishableKey } = await seedDemoForTests(container)
  const store = { headers: { "x-publishable-api-key": publishableKey } }
  const admin = await coordinatorHeaders(container, api)
  const regionId = (await api.get("/store/regions", store)).data.regions[0].id as string
  return { store, admin, regionId }
}
