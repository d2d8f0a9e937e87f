import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, batchInventoryItemLevelsWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkStockChangesStep } from "./steps/check-stock-change"
import { STOCK_LOCK, stockLockKeys } from "../../lib/stock/stock-lock-keys"

export type ProducerStockLevel = {
  inventory_item_id: string
  /** The new counted quantity; absent when only the threshold changes, so no quantity is written. */
  stocked_quantity?: number
  /** The quantity the producer's page showed; a save over a number that has since changed is refused (409). */
  expected_quantity?: number
  /** The level's metadata with the producer's low-stock threshold already merged in. */
  metadata: Record<string, unknown>
  exists: boolean
}

export type SetProducerStockInput = { location_id: string; levels: ProducerStockLevel[] }

export const setProducerStockWorkflowId = "set-producer-stock"

/**
 * Sets the counted quantity (and low-stock threshold) of variants at the
 * producer's own stock location, creating the level where there is none yet.
 * Under a lock per inventory item, checked against the stock as it is now:
 * not over a number that changed since the page was opened, never below what
 * orders have reserved. Medusa's batch emits inventory-level events, which
 * move the catalogue revision and the search index.
 *
 * @example
 * await setProducerStockWorkflow(container).run({
 *   input: { location_id: "sloc_1", levels: [{ inventory_item_id: "iitem_1", stocked_quantity: 12, expected_quantity: 10, metadata: { low_stock_threshold: 3 }, exists: true }] },
 * })
 */
export const setProducerStockWorkflow = createWorkflow(setProducerStockWorkflowId, (input: SetProducerStockInput) => {
  const lockKeys = transform({ input }, ({ input }) => stockLockKeys(input.levels.map((level) => level.inventory_item_id)))
  acquireLockStep({ key: lockKeys, timeout: STOCK_LOCK.timeout, ttl: STOCK_LOCK.ttl })
  checkStockChangesStep(
    transform({ input }, ({ input }) => ({
      location_id: input.location_id,
      changes: input.levels.map(({ inventory_item_id, stocked_quantity, expected_quantity }) => ({ inventory_item_id, stocked_quantity, expected_quantity })),
    }))
  )
  const batch = transform({ input }, ({ input }) => {
    const toLevel = (level: ProducerStockLevel) => ({
      inventory_item_id: level.inventory_item_id,
      location_id: input.location_id,
      ...(level.stocked_quantity === undefined ? {} : { stocked_quantity: level.stocked_quantity }),
      metadata: level.metadata,
    })
    return {
      create: input.levels.filter((level) => !level.exists).map((level) => ({ ...toLevel(level), stocked_quantity: level.stocked_quantity ?? 0 })),
      update: input.levels.filter((level) => level.exists).map(toLevel),
    }
  })
  const result = batchInventoryItemLevelsWorkflow.runAsStep({ input: batch })
  releaseLockStep({ key: lockKeys })
  return new WorkflowResponse(result)
})
