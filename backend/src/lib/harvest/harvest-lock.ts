import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** A producer's harvest change is a few queries; waiting longer means something is stuck. */
const WAIT_SECONDS = 10

/**
 * Runs one change of a product's harvest at a time. Setting a forecast reads
 * "has it a harvest?" and then creates or updates, and recording the actual
 * harvest reads the forecast and then shelves it: two at once (a double tap
 * on a slow phone) would create two harvests for one product (a 500) or put
 * the same harvest on the shelf twice. Under the lock the second one sees
 * what the first did. A wait that runs out answers the busy 409 (busy-conflict.ts).
 *
 * @example
 * await withHarvestLock(req.scope, product.id, () => recordHarvest(req.scope, input))
 */
export function withHarvestLock<T>(container: MedusaContainer, productId: string, change: () => Promise<T>): Promise<T> {
  return container.resolve(Modules.LOCKING).execute(`harvest:${productId}`, change, { timeout: WAIT_SECONDS })
}
