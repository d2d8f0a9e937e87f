import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HARVEST_MODULE } from "../../../modules/harvest"
import type HarvestModuleService from "../../../modules/harvest/service"
import type { UpsertProductHarvestInput } from "../types"

export const upsertProductHarvestStepId = "upsert-product-harvest"

type Undo = { created?: string; before?: { id: string; expected_on: Date; forecast_quantity: number; unit: string; note: string | null } }

/**
 * Creates the product's harvest record or updates the one it has: a product
 * has one upcoming harvest, so a new forecast replaces the old one. The
 * compensation deletes what it created or writes back the snapshot.
 */
export const upsertProductHarvestStep = createStep(
  upsertProductHarvestStepId,
  async (input: UpsertProductHarvestInput, { container }) => {
    const service: HarvestModuleService = container.resolve(HARVEST_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["product_harvest.id"], filters: { id: input.product_id } })
    const existingId = data[0]?.product_harvest?.id
    const fields = {
      expected_on: new Date(`${input.expected_on}T00:00:00Z`),
      forecast_quantity: input.forecast_quantity,
      unit: input.unit ?? "kg",
      note: input.note ?? null,
    }
    if (!existingId) {
      const harvest = await service.createProductHarvests(fields)
      return new StepResponse({ harvest, created: true }, { created: harvest.id } as Undo)
    }
    const { id, expected_on, forecast_quantity, unit, note } = await service.retrieveProductHarvest(existingId)
    const harvest = await service.updateProductHarvests({ id: existingId, ...fields })
    return new StepResponse({ harvest, created: false }, { before: { id, expected_on, forecast_quantity, unit, note } } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: HarvestModuleService = container.resolve(HARVEST_MODULE)
    if (undo.created) await service.deleteProductHarvests(undo.created)
    if (undo.before) await service.updateProductHarvests(undo.before)
  }
)
