import { EventEmitter } from "node:events"

/**
 * Rows the product index has read while seeding. The Search Module's reindex
 * reports nothing until it is done; `search:reindex` listens here to draw its
 * progress bar (same process, same module instance).
 */
export const productSeedProgress = new EventEmitter<{ rows: [count: number] }>()
