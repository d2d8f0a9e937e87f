import type { MedusaContainer } from "@medusajs/framework/types"
import { CATALOGUE_REVISION_MODULE } from "../../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../../modules/catalogue-revision/service"
import type { RevisionOf } from "../../modules/catalogue-revision/service"

/**
 * Answers about places, producers and harvests (counts of active producers and
 * buyable products per kecamatan and desa, a producer's page, upcoming
 * harvests) read several modules and cost 20–45 ms each, yet change only when
 * the catalogue does. Each is kept with the catalogue revision it was computed
 * at and given again while the revision (one indexed row, shared by every
 * server through the database) has not moved. The revision is read before the
 * answer is computed, so a change made during the computation moves it on and
 * the answer is computed again next time. Answers that show only who may see
 * what (place counts) follow the "visibility" revision, so orders and stock
 * changes leave them be. A minute at most, for edits that announce nothing (a
 * place's story).
 */
const LONGEST_KEPT_MS = 60_000
/** Keys come from validated queries (handles, limits): bounded all the same, oldest out first. */
const MOST_KEPT = 500
const memos = new Map<string, { revision: number; at: number; answer: Promise<unknown> }>()

export async function sameWhileCatalogueUnchanged<T>(
  container: MedusaContainer,
  key: string,
  compute: () => Promise<T>,
  following: RevisionOf = "catalogue"
): Promise<T> {
  const revisions: CatalogueRevisionModuleService = container.resolve(CATALOGUE_REVISION_MODULE)
  const revision = await revisions.currentRevision(following)
  key = `${following} ${key}`
  const kept = memos.get(key)
  if (kept && kept.revision === revision && Date.now() - kept.at < LONGEST_KEPT_MS) return kept.answer as Promise<T>
  const answer = compute()
  memos.delete(key)
  memos.set(key, { revision, at: Date.now(), answer })
  if (memos.size > MOST_KEPT) memos.delete(memos.keys().next().value!)
  // A failed computation is not an answer: the next request computes it again.
  answer.catch(() => {
    if (memos.get(key)?.answer === answer) memos.delete(key)
  })
  return answer
}
