import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { announceCollectionChanged } from "../../lib/catalogue/announce-collection"

/**
 * Medusa's admin route that adds products to a collection or takes them out
 * (how coordinators fill "Pilihan Kurator") announces nothing; once it has
 * answered 200 this announces the collection as changed, so the catalogue's
 * views and page caches follow.
 */
export function announceCollectionProducts(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const collectionId = req.params.id
  res.on("finish", () => {
    if (res.statusCode !== 200) return
    announceCollectionChanged(req.scope, collectionId).catch((error: unknown) =>
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Collection ${collectionId}: its change was not announced: ${String(error)}`)
    )
  })
  next()
}
