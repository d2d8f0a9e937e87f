import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, adjustInventoryLevelsStep, createInventoryLevelsWorkflow, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { ProducerStockEvents } from "../../lib/events"
import { checkStockChangesStep } from "./steps/check-stock-change"
import { recordStockAdjustmentStep } from "./steps/record-stock-adjustment"
import { STOCK_LOCK, stockLockKeys } from "../../lib/stock/stock-lock-keys"

export type AdjustProducerStockInput = {
  producer_id: string
  variant_id: string
  inventory_item_id: string
  location_id: string
  /** Whether the variant already has a level at the producer's location (the route read it). */
  level_exists: boolean
  delta: number
  reason: string
}

export const adjustProducerStockWorkflowId = "adjust-producer-stock"

/**
 * A quick +/- change of a variant's stock at the producer's own location,
 * with the reason recorded beside the new quantity. The change is relative, so
 * two adjustments at once both count (unlike setting a quantity); it may not
 * take the shelf below zero or below what orders have reserved. Medusa's
 * adjustment emits no event, so this one emits its own: buyers' pages and
 * search learn of the new quantity like any other stock change.
 *
 * @example
 * await adjustProducerStockWorkflow(container).run({
 *   input: { producer_id: "prdc_1", variant_id: "variant_1", inventory_item_id: "iitem_1", location_id: "sloc_1", level_exists: true, delta: -2, reason: "Terjual di pasar" },
 * })
 */
export const adjustProducerStockWorkflow = createWorkflow(adjustProducerStockWorkflowId, (input: AdjustProducerStockInput) => {
  const lockKeys = transform({ input }, ({ input }) => stockLockKeys([input.inventory_item_id]))
  acquireLockStep({ key: lockKeys, timeout: STOCK_LOCK.timeout, ttl: STOCK_LOCK.ttl })
  checkStockChangesStep(
    transform({ input }, ({ input }) => ({ location_id: input.location_id, changes: [{ inventory_item_id: input.inventory_item_id, delta: input.delta }] }))
  )
  when("create-missing-level", { input }, ({ input }) => !input.level_exists).then(() => {
    createInventoryLevelsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        inventory_levels: [{ inventory_item_id: input.inventory_item_id, location_id: input.location_id, stocked_quantity: 0 }],
      })),
    })
  })
  const levels = adjustInventoryLevelsStep(
    transform({ input }, ({ input }) => [{ inventory_item_id: input.inventory_item_id, location_id: input.location_id, adjustment: input.delta }])
  )
  const adjustment = recordStockAdjustmentStep(
    transform({ input, levels }, ({ input, levels }) => ({
      producer_id: input.producer_id,
      inventory_item_id: input.inventory_item_id,
      location_id: input.location_id,
      variant_id: input.variant_id,
      delta: input.delta,
      quantity_after: Number(levels[0].stocked_quantity),
      reason: input.reason,
    }))
  )
  releaseLockStep({ key: lockKeys })
  emitEventStep({ eventName: ProducerStockEvents.ADJUSTED, data: transform({ levels }, ({ levels }) => ({ id: levels[0].id })) })
  return new WorkflowResponse(adjustment)
})
