import { medusa } from "../medusa"

/** How long one answer about the catalogue revision is trusted: a change shows within this. */
const REVISION_TRUST_MS = 1_000

let latest: { revision: number; at: number } | undefined
let pending: Promise<number> | undefined

/**
 * The backend's catalogue revision (see GET /store/catalogue-revision), asked
 * at most once a second however many pages are requested at once.
 */
export async function catalogueRevision(now = Date.now()): Promise<number> {
  if (latest && now - latest.at < REVISION_TRUST_MS) return latest.revision
  pending ??= medusa.client
    .fetch<{ revision: number }>("/store/catalogue-revision")
    .then(({ revision }) => {
      latest = { revision, at: Date.now() }
      return revision
    })
    .finally(() => {
      pending = undefined
    })
  return pending
}
