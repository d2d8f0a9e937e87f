import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** The event Medusa emits when a collection is edited, and the catalogue follows (subscribers/catalogue-revision.ts). */
export const COLLECTION_UPDATED = "product-collection.updated"

/**
 * Announces that products joined or left a collection. Medusa's workflow for
 * that (batchLinkProductsToCollectionWorkflow, behind POST
 * /admin/collections/:id/products) emits no event, unlike editing the
 * collection itself, so its callers announce it here once it has run.
 */
export async function announceCollectionChanged(container: MedusaContainer, collectionId: string) {
  await container.resolve(Modules.EVENT_BUS).emit({ name: COLLECTION_UPDATED, data: { id: collectionId } })
}
