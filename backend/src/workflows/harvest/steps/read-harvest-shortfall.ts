import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readHarvestShortfall } from "../../../lib/harvest/harvest-shortfall"

export type ReadHarvestShortfallInput = { product_id: string; quantity: number }

/** What an actual harvest covers: the stock it adds and the pre-orders it cannot fill (see modules/harvest/shortfall.ts). Reads only. */
export const readHarvestShortfallStep = createStep("read-harvest-shortfall", async (input: ReadHarvestShortfallInput, { container }) => {
  return new StepResponse(await readHarvestShortfall(container, input.product_id, input.quantity))
})
