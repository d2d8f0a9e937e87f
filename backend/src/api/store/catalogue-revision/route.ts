import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { CATALOGUE_REVISION_MODULE } from "../../../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../../../modules/catalogue-revision/service"

/**
 * GET /store/catalogue-revision: { revision }, a number that changes whenever
 * anything on a catalogue page may have changed. A storefront keeps a rendered
 * page only while the revision it was rendered at is still the current one.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const revisions: CatalogueRevisionModuleService = req.scope.resolve(CATALOGUE_REVISION_MODULE)
  res.setHeader("cache-control", "no-store")
  res.json({ revision: await revisions.currentRevision() })
}
