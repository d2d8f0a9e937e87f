import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { batchLinkProductsToCollectionWorkflow, createCollectionsWorkflow } from "@medusajs/medusa/core-flows"
import { transitionCurationWorkflow } from "@pasar-desa/backend/src/workflows/curation/transition-curation"
import { announceCollectionChanged } from "@pasar-desa/backend/src/lib/catalogue/announce-collection"
import type { Progress } from "./progress"

const SEED_ACTOR = { type: "system" as const, id: "seed" }
const PILIHAN_KURATOR = { handle: "pilihan-kurator", title: "Pilihan Kurator" }
const BATCH = 50

type Row = { id: string; product_curation?: { state: string } | null; producer?: { status: string; handle: string } | null }

/**
 * Puts the new demo products through curation as a coordinator would: every
 * draft is submitted, and those of active producers are approved (which
 * checks their licences and publishes them to buyers). Products that fail a
 * check stay submitted, waiting in the coordinators' queue.
 */
export async function seedCuration(container: MedusaContainer, handles: string[], progress: Progress) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "product_curation.state", "producer.status", "producer.handle"],
    filters: { handle: handles },
  })
  const drafts = (data as Row[]).filter((row) => (row.product_curation?.state ?? "draft") === "draft")
  const run = (product_ids: string[], action: "submit" | "approve") =>
    transitionCurationWorkflow(container).run({ input: { product_ids, action, actor: SEED_ACTOR } })

  progress.start("Kurasi", drafts.length)
  let approved = 0
  for (let start = 0; start < drafts.length; start += BATCH) {
    const batch = drafts.slice(start, start + BATCH)
    await run(
      batch.map((row) => row.id),
      "submit"
    )
    const approvable = batch.filter((row) => row.producer?.status === "active").map((row) => row.id)
    try {
      await run(approvable, "approve")
      approved += approvable.length
    } catch {
      // One product failing its checks refuses the whole batch: decide one by one.
      for (const id of approvable) {
        approved += await run([id], "approve").then(
          () => 1,
          () => 0
        )
      }
    }
    progress.tick(batch.length)
  }
  progress.stop()
  return { submitted: drafts.length, approved }
}

/** The "Pilihan Kurator" collection the storefront home shows: one approved product of each of the first producers. */
export async function seedCuratorsPicks(container: MedusaContainer, productHandles: string[], size = 8) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({ entity: "product_collection", fields: ["id"], filters: { handle: PILIHAN_KURATOR.handle } })
  if (existing.length) {
    return { created: false }
  }
  const { result } = await createCollectionsWorkflow(container).run({ input: { collections: [PILIHAN_KURATOR] } })
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "product_curation.state", "producer.handle"],
    filters: { handle: productHandles },
  })
  const seen = new Set<string>()
  const picks = (data as Array<Row & { handle: string }>)
    .filter((row) => row.product_curation?.state === "approved" && row.producer && !seen.has(row.producer.handle) && seen.add(row.producer.handle))
    .slice(0, size)
    .map((row) => row.id)
  await batchLinkProductsToCollectionWorkflow(container).run({ input: { id: result[0].id, add: picks } })
  await announceCollectionChanged(container, result[0].id)
  return { created: true }
}
