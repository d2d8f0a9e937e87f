/**
 * One change of a product's harvest at a time. Setting a forecast reads "has
 * it a harvest?" and then creates or updates, and recording the actual harvest
 * reads the forecast and then shelves it: two at once (a double tap on a slow
 * phone) would create two harvests for one product (a 500) or put the same
 * harvest on the shelf twice. The harvest workflows take this lock first
 * (Medusa's acquireLockStep), so the second one waits and sees what the first
 * did; a wait that runs out answers the busy 409 (api/plumbing/busy-conflict.ts).
 */
export const harvestLockKey = (productId: string) => `harvest:${productId}`

/** A harvest change is a few queries: waiting longer means something is stuck; a lock outlives no crash by more than the ttl. */
export const HARVEST_LOCK = { timeout: 10, ttl: 30 }
