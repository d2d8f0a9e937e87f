import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { CATALOGUE_REVISION_MODULE } from "../../../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../../../modules/catalogue-revision/service"
import type { StoreCatalogueChangesQueryType } from "./validators"

/**
 * GET /store/catalogue-changes?after=<cursor>: what changed on catalogue pages
 * since the reader's previous answer, by tag (a product, a producer, a place,
 * the lists), each hard or soft, and the cursor to ask with next. Storefronts
 * ask it about once a second and empty only the pages that show a changed tag.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreCatalogueChangesQueryType>, res: MedusaResponse) {
  const revisions: CatalogueRevisionModuleService = req.scope.resolve(CATALOGUE_REVISION_MODULE)
  res.setHeader("cache-control", "no-store")
  res.json(await revisions.changesSince(req.validatedQuery.after as string | undefined))
}
