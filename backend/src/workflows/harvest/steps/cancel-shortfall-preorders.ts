import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { HarvestShortfall } from "../../../lib/harvest/harvest-shortfall"
import { cancelPreorderWorkflow } from "../cancel-preorder"

/**
 * Cancels the pre-orders a harvest cannot fill, one workflow each (stock
 * released, payment refunded or voided, the buyer told). There is no undoing
 * a cancellation a buyer was told of, so this step has no compensation: if
 * shelving fails after it, the producer records the harvest again and,
 * the orders that did not fit being gone, nothing more is canceled.
 */
export const cancelShortfallPreordersStep = createStep("cancel-shortfall-preorders", async (shortfall: HarvestShortfall, { container }) => {
  for (const preorder of shortfall.cancel) {
    await cancelPreorderWorkflow(container).run({ input: { product_title: shortfall.title, preorder } })
  }
  return new StepResponse(shortfall.cancel.length)
})
