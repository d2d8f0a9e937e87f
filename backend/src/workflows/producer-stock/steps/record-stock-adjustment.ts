import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"

export const recordStockAdjustmentStepId = "record-stock-adjustment"

export type StockAdjustmentInput = {
  producer_id: string
  inventory_item_id: string
  location_id: string
  variant_id: string
  delta: number
  quantity_after: number
  reason: string
}

/** Writes why the stock changed; the compensation removes the record again. */
export const recordStockAdjustmentStep = createStep(
  recordStockAdjustmentStepId,
  async (input: StockAdjustmentInput, { container }) => {
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    const adjustment = await producers.createStockAdjustments(input)
    return new StepResponse(adjustment, adjustment.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const producers: ProducerModuleService = container.resolve(PRODUCER_MODULE)
    await producers.deleteStockAdjustments(id)
  }
)
