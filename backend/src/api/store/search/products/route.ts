import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { searchProducts } from "../../../../lib/search/product-search"
import { keySalesChannels } from "../../catalogue/sales-channels"
import type { StoreSearchProductsQueryType } from "./validators"

/**
 * GET /store/search/products?q=gula+jawa&kecamatan=tegalombo&sort=price_asc
 * Buyer-visible products with facets, for the storefront's results page (which
 * works without JavaScript, hence GET). Parameters: see validators.ts.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreSearchProductsQueryType>, res: MedusaResponse) {
  const result = await searchProducts(req.scope, { ...req.validatedQuery, sales_channel_ids: keySalesChannels(req) })
  res.json(result)
}
