import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { HARVEST_LOCK, harvestLockKey } from "../../lib/harvest/harvest-lock"
import { shelveHarvestWorkflow } from "./shelve-harvest"
import { cancelShortfallPreordersStep } from "./steps/cancel-shortfall-preorders"
import { readHarvestShortfallStep, type ReadHarvestShortfallInput } from "./steps/read-harvest-shortfall"

export const recordHarvestWorkflowId = "record-harvest"

/**
 * A producer's actual harvest of a product, in the harvest's unit. When it
 * (with what is on the shelf) is less than what was pre-ordered, the
 * pre-orders placed last are canceled, whole, until the rest fits, each buyer
 * told; then the harvest goes on the shelf and the product stops taking
 * pre-orders. Under the product's harvest lock, so a double tap shelves once.
 *
 * @example
 * const { result } = await recordHarvestWorkflow(container).run({ input: { product_id: "prod_1", quantity: 7 } })
 * // result: { canceled, shelved, unit }
 */
export const recordHarvestWorkflow = createWorkflow(recordHarvestWorkflowId, (input: ReadHarvestShortfallInput) => {
  const lockKey = transform({ input }, ({ input }) => harvestLockKey(input.product_id))
  acquireLockStep({ key: lockKey, timeout: HARVEST_LOCK.timeout, ttl: HARVEST_LOCK.ttl })
  const shortfall = readHarvestShortfallStep(input)
  cancelShortfallPreordersStep(shortfall)
  shelveHarvestWorkflow.runAsStep({
    input: transform({ input, shortfall }, ({ input, shortfall }) => ({ product_id: input.product_id, additions: shortfall.additions })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ shortfall }, ({ shortfall }) => ({ canceled: shortfall.cancel, shelved: shortfall.additions, unit: shortfall.unit })))
})
