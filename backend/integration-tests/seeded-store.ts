import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemo } from "@pasar-desa/seed"
import { coordinatorHeaders } from "./admin-auth"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any }>
  post: (url: string, body: unknown, config?: unknown) => Promise<{ data: any }>
}
type Headers = { headers: Record<string, string> }

const silent = { start: () => {}, tick: () => {}, stop: () => {} }

/** The demo catalogue seeded, and what most store suites start from: the store key's headers, a signed-in coordinator's, the rupiah region. */
export async function seededStore(container: MedusaContainer, api: Api): Promise<{ store: Headers; admin: Headers; regionId: string }> {
  const { publishableKey } = await seedDemo(container, { accounts: [], progress: silent })
  const store = { headers: { "x-publishable-api-key": publishableKey } }
  const admin = await coordinatorHeaders(container, api)
  const regionId = (await api.get("/store/regions", store)).data.regions[0].id as string
  return { store, admin, regionId }
}
