/** One change of an inventory item's stock at a time: the check and the write see the same number. */
export const stockLockKeys = (inventoryItemIds: string[]) => inventoryItemIds.map((id) => `producer-stock:${id}`)

/** A stock save is two queries and a write; a longer wait means something is stuck (answered as the busy 409). */
export const STOCK_LOCK = { timeout: 10, ttl: 30 }
