import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { adjustInventoryLevelsStep, emitEventStep } from "@medusajs/medusa/core-flows"
import { HarvestEvents } from "../../lib/events"
import { closePreordersStep } from "./steps/close-preorders"
import { removeProductHarvestStep } from "./steps/remove-product-harvest"

export const shelveHarvestWorkflowId = "shelve-harvest"

export type ShelveHarvestInput = {
  product_id: string
  /** Stock the harvest adds per inventory item and location (see harvest-shortfall.ts). */
  additions: Array<{ inventory_item_id: string; location_id: string; adjustment: number }>
}

/**
 * Puts an actual harvest on the shelf: stocked quantity up at the producer's
 * location, pre-orders closed, the harvest record retired, and
 * `product_harvest.harvested` emitted so search and the catalogue pages
 * refresh. Any failure undoes the steps before it.
 *
 * @example
 * await shelveHarvestWorkflow(container).run({ input: { product_id: "prod_1", additions: [{ inventory_item_id: "iitem_1", location_id: "sloc_1", adjustment: 7 }] } })
 */
export const shelveHarvestWorkflow = createWorkflow(shelveHarvestWorkflowId, (input: ShelveHarvestInput) => {
  when({ input }, ({ input }) => input.additions.length > 0).then(() => {
    adjustInventoryLevelsStep(input.additions)
  })
  closePreordersStep({ product_id: input.product_id })
  const harvestId = removeProductHarvestStep({ product_id: input.product_id })
  emitEventStep({ eventName: HarvestEvents.HARVESTED, data: transform({ input }, ({ input }) => ({ id: input.product_id })) })
  const productHarvested = createHook("productHarvested", { product_id: input.product_id, harvest_id: harvestId })
  return new WorkflowResponse(harvestId, { hooks: [productHarvested] })
})
