import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CATALOGUE_REVISION_MODULE } from "../../../../../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../../../../../modules/catalogue-revision/service"
import { keySalesChannels } from "../../sales-channels"
import { approvedReviewsOf } from "../../../../../lib/review/approved-reviews"

/**
 * GET /store/catalogue/products/:handle: what a buyer-visible product's page
 * shows (pictures, licences' facts, variants with price in rupiah and units
 * left, stars) from its stored view, and its newest approved reviews: two
 * indexed reads. A product buyers may not see is a 404, as if it did not exist.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const views: CatalogueRevisionModuleService = req.scope.resolve(CATALOGUE_REVISION_MODULE)
  const product = await views.retrieveProductPage(req.params.handle, keySalesChannels(req))
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produk '${req.params.handle}' tidak ditemukan / product not found`)
  }
  res.json({ product: { ...product, reviews: await approvedReviewsOf(req.scope, product.id) } })
}
