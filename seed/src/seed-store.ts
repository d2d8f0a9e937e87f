import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { offeredToBuyers } from "@pasar-desa/backend/src/lib/payment-config"
import type { StoreSeed } from "./schemas"
import { seedShipping } from "./seed-shipping"

export type SeededStore = {
  shippingProfileId: string
  salesChannelId: string
  regionId: string
  stockLocationId: string
  publishableKey: string
}

async function findOne<T>(container: MedusaContainer, entity: string, fields: string[], filters: Record<string, unknown>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields, filters })
  return data[0] as T | undefined
}

async function ensureSalesChannel(container: MedusaContainer, seed: StoreSeed) {
  const existing = await findOne<{ id: string }>(container, "sales_channel", ["id"], { name: seed.salesChannel.name })
  if (existing) {
    return existing.id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [seed.salesChannel] },
  })
  return result[0].id
}

/**
 * Every payment provider the backend runs for buyers (transfer, cash on delivery, card when Stripe is
 * configured), not Medusa's system provider, which authorizes orders nobody pays.
 */
async function enabledPaymentProviders(container: MedusaContainer) {
  const providers = await container.resolve(Modules.PAYMENT).listPaymentProviders({ is_enabled: true })
  return providers
    .map((provider) => provider.id)
    .filter(offeredToBuyers)
    .sort()
}

async function ensureRegion(container: MedusaContainer, seed: StoreSeed) {
  const payment_providers = await enabledPaymentProviders(container)
  const existing = await findOne<{ id: string }>(container, "region", ["id"], { name: seed.region.name })
  if (existing) {
    // A provider configured since the last seed (a Stripe key, say) joins the region; the system provider leaves it.
    await updateRegionsWorkflow(container).run({ input: { selector: { id: existing.id }, update: { payment_providers } } })
    return existing.id
  }
  const { result } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: seed.region.name,
          currency_code: seed.region.currencyCode,
          countries: seed.region.countries,
          payment_providers,
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: seed.region.countries.map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })
  return result[0].id
}

async function ensureStockLocation(container: MedusaContainer, seed: StoreSeed, salesChannelId: string) {
  const existing = await findOne<{ id: string }>(container, "stock_location", ["id"], { name: seed.stockLocation.name })
  if (existing) {
    return existing.id
  }
  const { result } = await createStockLocationsWorkflow(container).run({
    input: { locations: [seed.stockLocation] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].id
}

async function ensurePublishableKey(container: MedusaContainer, seed: StoreSeed, salesChannelId: string) {
  const existing = await findOne<{ token: string }>(container, "api_key", ["token"], {
    title: seed.publishableKeyTitle,
    type: "publishable",
  })
  if (existing) {
    return existing.token
  }
  const { result } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: seed.publishableKeyTitle, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].token
}

/** Region, sales channel, stock location and publishable key: each created once, found on later runs. */
export async function seedStore(container: MedusaContainer, seed: StoreSeed): Promise<SeededStore> {
  const salesChannelId = await ensureSalesChannel(container, seed)
  const regionId = await ensureRegion(container, seed)
  const stockLocationId = await ensureStockLocation(container, seed, salesChannelId)
  const publishableKey = await ensurePublishableKey(container, seed, salesChannelId)

  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: seed.storeName,
        supported_currencies: [{ currency_code: seed.region.currencyCode, is_default: true }],
        default_sales_channel_id: salesChannelId,
        default_region_id: regionId,
        default_location_id: stockLocationId,
      },
    },
  })
  const { shippingProfileId } = await seedShipping(container, seed, stockLocationId)
  return { shippingProfileId, salesChannelId, regionId, stockLocationId, publishableKey }
}
