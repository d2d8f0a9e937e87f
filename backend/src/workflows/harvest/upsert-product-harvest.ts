import { Modules } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createRemoteLinkStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { HARVEST_LOCK, harvestLockKey } from "../../lib/harvest/harvest-lock"
import { HARVEST_MODULE } from "../../modules/harvest"
import { HarvestEvents } from "../../lib/events"
import { openPreordersStep } from "./steps/open-preorders"
import { upsertProductHarvestStep } from "./steps/upsert-product-harvest"
import { validateProductHarvestStep } from "./steps/validate-product-harvest"
import type { UpsertProductHarvestInput } from "./types"

export const upsertProductHarvestWorkflowId = "upsert-product-harvest"

/**
 * Sets a product's next expected harvest (date and forecast), replacing the
 * one it had. A date in the past or a forecast that is not a positive whole
 * number is refused with INVALID_DATA and nothing is stored. Buyers then see
 * "Segera panen", the search index marks the product as pre-order, and its
 * variants take orders beyond the shelf up to the forecast (see preorder-capacity.ts).
 * Under the product's harvest lock: two taps at once store one harvest.
 *
 * @example
 * await upsertProductHarvestWorkflow(container).run({
 *   input: { product_id: "prod_123", expected_on: "2026-12-12", forecast_quantity: 300, unit: "kg" },
 * })
 */
export const upsertProductHarvestWorkflow = createWorkflow(upsertProductHarvestWorkflowId, (input: UpsertProductHarvestInput) => {
  validateProductHarvestStep(input)
  const lockKey = transform({ input }, ({ input }) => harvestLockKey(input.product_id))
  acquireLockStep({ key: lockKey, timeout: HARVEST_LOCK.timeout, ttl: HARVEST_LOCK.ttl })
  const result = upsertProductHarvestStep(input)
  when({ result }, ({ result }) => result.created).then(() => {
    createRemoteLinkStep(
      transform({ result, input }, ({ result, input }) => [
        { [Modules.PRODUCT]: { product_id: input.product_id }, [HARVEST_MODULE]: { product_harvest_id: result.harvest.id } },
      ])
    )
  })
  openPreordersStep({ product_id: input.product_id })
  const harvest = transform({ result }, ({ result }) => result.harvest)
  emitEventStep({
    eventName: HarvestEvents.UPSERTED,
    data: transform({ harvest, input }, ({ harvest, input }) => ({ id: input.product_id, harvest_id: harvest.id })),
  })
  releaseLockStep({ key: lockKey })
  const productHarvestUpserted = createHook("productHarvestUpserted", { harvest, product_id: input.product_id })
  return new WorkflowResponse(harvest, { hooks: [productHarvestUpserted] })
})
