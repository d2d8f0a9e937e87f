import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow, createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows"
import { DELIVERY_PROVIDER_ID } from "@pasar-desa/backend/src/lib/checkout/delivery-rates"
import type { StoreSeed } from "./schemas"

/**
 * The shipping profile every product belongs to, and the options a buyer can
 * choose at checkout, served from the OK OCE centre. Stock is still reserved
 * at each producer's own location.
 */
export async function seedShipping(container: MedusaContainer, seed: StoreSeed, stockLocationId: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const shipping = seed.shipping

  let [profile] = await fulfillment.listShippingProfiles({ name: shipping.profileName })
  if (!profile) {
    const { result } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: shipping.profileName, type: "default" }] } })
    profile = result[0]
  }

  let [fulfillmentSet] = await fulfillment.listFulfillmentSets({ name: shipping.fulfillmentSetName }, { relations: ["service_zones"] })
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: shipping.fulfillmentSetName,
      type: "shipping",
      service_zones: [{ name: shipping.serviceZoneName, geo_zones: seed.region.countries.map((country_code) => ({ type: "country" as const, country_code })) }],
    })
    await link.create([
      { [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId }, [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
      { [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: DELIVERY_PROVIDER_ID } },
    ])
    fulfillmentSet = (await fulfillment.listFulfillmentSets({ id: fulfillmentSet.id }, { relations: ["service_zones"] }))[0]
  }

  const existing = new Set((await fulfillment.listShippingOptions({ service_zone: { id: fulfillmentSet.service_zones[0].id } })).map((option) => option.name))
  const missing = shipping.options.filter((option) => !existing.has(option.name))
  if (missing.length) {
    await createShippingOptionsWorkflow(container).run({
      input: missing.map((option) => ({
        name: option.name,
        // Priced per cart by the delivery provider from the tariff in `data`.
        price_type: "calculated" as const,
        provider_id: DELIVERY_PROVIDER_ID,
        data: option.rate,
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: option.name, description: option.description, code: option.code },
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
    })
  }
  return { shippingProfileId: profile.id }
}
