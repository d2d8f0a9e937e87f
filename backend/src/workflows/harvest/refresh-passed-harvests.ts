import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HarvestEvents } from "../../lib/events"
import { findPassedPreOrdersStep } from "./steps/find-passed-pre-orders"

export const refreshPassedHarvestsWorkflowId = "refresh-passed-harvests"

/**
 * The daily harvest check: a product whose harvest day has passed is no longer
 * a pre-order, but nothing changes in the database when a day passes. Finds
 * the documents still flagged pre-order and emits `product_harvest.passed`
 * with their product ids, which the product index consumes like any other
 * product change (so only those documents are re-read).
 *
 * @example
 * await refreshPassedHarvestsWorkflow(container).run({ input: { today: "2026-12-13" } })
 */
export const refreshPassedHarvestsWorkflow = createWorkflow(refreshPassedHarvestsWorkflowId, (input: { today: string }) => {
  const passed = findPassedPreOrdersStep(input)
  when({ passed }, ({ passed }) => passed.product_ids.length > 0).then(() => {
    emitEventStep({
      eventName: HarvestEvents.PASSED,
      data: transform({ passed }, ({ passed }) => ({ id: passed.product_ids })),
    })
  })
  return new WorkflowResponse(passed)
})
