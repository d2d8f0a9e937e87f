import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep, createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { recordStockAdjustmentStep } from "./steps/record-stock-adjustment"

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
 * two adjustments at once both count (unlike setting a quantity).
 *
 * @example
 * await adjustProducerStockWorkflow(container).run({
 *   input: { producer_id: "prdc_1", variant_id: "variant_1", inventory_item_id: "iitem_1", location_id: "sloc_1", level_exists: true, delta: -2, reason: "Terjual di pasar" },
 * })
 */
export const adjustProducerStockWorkflow = createWorkflow(adjustProducerStockWorkflowId, (input: AdjustProducerStockInput) => {
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
  return new WorkflowResponse(adjustment)
})
