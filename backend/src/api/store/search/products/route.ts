import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { searchProducts } from "../../../../lib/search/product-search"
import { keySalesChannels } from "../../catalogue/sales-channels"
import type { StoreSearchProductsQueryType } from "./validators"

export const SEARCH_UNAVAILABLE_MESSAGE = "Pencarian sedang tidak tersedia. Silakan coba lagi sebentar lagi."

let lastOutageLog = 0

/**
 * GET /store/search/products?q=gula+jawa&kecamatan=tegalombo&sort=price_asc
 * Buyer-visible products with facets, for the storefront's results page (which
 * works without JavaScript, hence GET). Parameters: see validators.ts.
 * When the search engine cannot answer (Meilisearch stopped), a 503 saying
 * search is unavailable, not a 500: the rest of the catalogue still serves.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreSearchProductsQueryType>, res: MedusaResponse) {
  let result: Awaited<ReturnType<typeof searchProducts>>
  try {
    result = await searchProducts(req.scope, { ...req.validatedQuery, sales_channel_ids: keySalesChannels(req) })
  } catch (error) {
    if (
      MedusaError.isMedusaError(error) &&
      (error as MedusaError).type !== MedusaError.Types.UNEXPECTED_STATE &&
      (error as MedusaError).type !== MedusaError.Types.DB_ERROR
    ) {
      throw error
    }
    // One line a minute during an outage, not a stack trace per search.
    if (Date.now() - lastOutageLog > 60_000) {
      lastOutageLog = Date.now()
      console.error(`[search] the search engine did not answer (${(error as Error).message}): answering 503 until it does.`)
    }
    res.setHeader("Retry-After", "30")
    res.status(503).json({ type: "search_unavailable", message: SEARCH_UNAVAILABLE_MESSAGE })
    return
  }
  res.json(result)
}
