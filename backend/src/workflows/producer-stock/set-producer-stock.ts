import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { batchInventoryItemLevelsWorkflow } from "@medusajs/medusa/core-flows"

export type ProducerStockLevel = {
  inventory_item_id: string
  stocked_quantity: number
  /** The level's metadata with the producer's low-stock threshold already merged in. */
  metadata: Record<string, unknown>
  exists: boolean
}

export type SetProducerStockInput = { location_id: string; levels: ProducerStockLevel[] }

export const setProducerStockWorkflowId = "set-producer-stock"

/**
 * Sets the counted quantity (and low-stock threshold) of variants at the
 * producer's own stock location, creating the level where there is none yet.
 *
 * @example
 * await setProducerStockWorkflow(container).run({
 *   input: { location_id: "sloc_1", levels: [{ inventory_item_id: "iitem_1", stocked_quantity: 12, metadata: { low_stock_threshold: 3 }, exists: true }] },
 * })
 */
export const setProducerStockWorkflow = createWorkflow(setProducerStockWorkflowId, (input: SetProducerStockInput) => {
  const batch = transform({ input }, ({ input }) => {
    const toLevel = (level: ProducerStockLevel) => ({
      inventory_item_id: level.inventory_item_id,
      location_id: input.location_id,
      stocked_quantity: level.stocked_quantity,
      metadata: level.metadata,
    })
    return {
      create: input.levels.filter((level) => !level.exists).map(toLevel),
      update: input.levels.filter((level) => level.exists).map(toLevel),
    }
  })
  const result = batchInventoryItemLevelsWorkflow.runAsStep({ input: batch })
  return new WorkflowResponse(result)
})
