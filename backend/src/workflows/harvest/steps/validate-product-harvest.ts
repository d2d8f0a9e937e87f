import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { harvestProblems, pacitanDay } from "../../../modules/harvest/rules"
import type { UpsertProductHarvestInput } from "../types"

export const validateProductHarvestStepId = "validate-product-harvest"

/** Refuses a past date, a forecast that is not a positive whole number, or an unknown product; nothing is written before this step. */
export const validateProductHarvestStep = createStep(validateProductHarvestStepId, async (input: UpsertProductHarvestInput, { container }) => {
  const problems = harvestProblems(input, input.today ?? pacitanDay())
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id"], filters: { id: input.product_id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produk '${input.product_id}' tidak ditemukan / product not found`)
  }
})
