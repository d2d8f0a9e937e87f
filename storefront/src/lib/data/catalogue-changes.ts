import { medusa } from "../medusa"
import { applyChanges, forgetAllPages, type CatalogueChange } from "../page-cache.server"

/** How long one answer about catalogue changes is trusted: a change shows within this. */
const READ_EVERY_MS = 1_000

type Answer = { cursor: string; changes: Array<CatalogueChange & { id: string; xid: string }>; everything: boolean }

let cursor: string | undefined
let lastRead = 0
let pending: Promise<boolean> | undefined
/** Changes already applied that the backend may send again (their transaction is not older than the cursor). */
const applied = new Map<string, bigint>()

/**
 * Reads what changed in the catalogue since the last read (GET
 * /store/catalogue-changes), at most once a second however many pages are
 * requested at once, and applies it to the page cache. False when the backend
 * could not say: pages are then rendered, never served from the cache.
 */
export async function readCatalogueChanges(now = Date.now()): Promise<boolean> {
  if (cursor !== undefined && now - lastRead < READ_EVERY_MS) return true
  pending ??= medusa.client
    .fetch<Answer>("/store/catalogue-changes", { query: cursor === undefined ? {} : { after: cursor } })
    .then((answer) => {
      if (answer.everything) forgetAllPages()
      const unseen = answer.changes.filter((change) => !applied.has(change.id))
      applyChanges(unseen)
      for (const change of unseen) applied.set(change.id, BigInt(change.xid))
      for (const [id, xid] of applied) if (xid < BigInt(answer.cursor)) applied.delete(id)
      cursor = answer.cursor
      lastRead = Date.now()
      return true
    })
    .catch(() => false)
    .finally(() => {
      pending = undefined
    })
  return pending
}
