import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"

/**
 * A harvest that has happened is no longer the product's next one: its record
 * is soft-deleted and unlinked, so buyers stop seeing "Segera panen" and the
 * producer can set the next harvest afresh. The compensation restores both.
 */
export const removeProductHarvestStep = createStep(
  "remove-product-harvest",
  async ({ product_id }: { product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["product_harvest.id"], filters: { id: product_id } })
    const harvestId = data[0]?.product_harvest?.id
    if (!harvestId) return new StepResponse(null, null)
    const link = { [Modules.PRODUCT]: { product_id }, [HARVEST_MODULE]: { product_harvest_id: harvestId } }
    await container.resolve(ContainerRegistrationKeys.LINK).dismiss(link)
    await container.resolve<HarvestModuleService>(HARVEST_MODULE).softDeleteProductHarvests([harvestId])
    return new StepResponse(harvestId, { harvestId, link })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<HarvestModuleService>(HARVEST_MODULE).restoreProductHarvests([undo.harvestId])
    await container.resolve(ContainerRegistrationKeys.LINK).create(undo.link)
  }
)
