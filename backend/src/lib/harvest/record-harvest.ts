import type { MedusaContainer } from "@medusajs/framework/types"
import { cancelPreorderWorkflow } from "../../workflows/harvest/cancel-preorder"
import { readHarvestShortfall } from "./harvest-shortfall"
import { shelveHarvestWorkflow } from "../../workflows/harvest/shelve-harvest"

/**
 * A producer's actual harvest of a product, in the harvest's unit. When it
 * (with what is on the shelf) is less than what was pre-ordered, the
 * pre-orders placed last are canceled, whole, until the rest fits (see
 * modules/harvest/shortfall.ts), each buyer told; then the harvest goes on
 * the shelf and the product stops taking pre-orders.
 *
 * Cancellations come first and one workflow each: if shelving fails after
 * them, the producer records the harvest again and, the orders that did not
 * fit being gone, nothing more is canceled.
 *
 * @example
 * const { canceled } = await recordHarvest(container, { product_id: "prod_1", quantity: 7 })
 */
export async function recordHarvest(container: MedusaContainer, input: { product_id: string; quantity: number }) {
  const shortfall = await readHarvestShortfall(container, input.product_id, input.quantity)
  for (const preorder of shortfall.cancel) {
    await cancelPreorderWorkflow(container).run({ input: { product_title: shortfall.title, preorder } })
  }
  await shelveHarvestWorkflow(container).run({ input: { product_id: input.product_id, additions: shortfall.additions } })
  return { canceled: shortfall.cancel, shelved: shortfall.additions, unit: shortfall.unit }
}
