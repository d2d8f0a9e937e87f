import { configureStoreSearch, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { StoreSearchProductsQuery } from "../store/search/products/validators"

/**
 * Search routes, spread into middlewares.ts. POST /store/search is Medusa's own
 * search route, opened for the product index only (it narrows to published
 * products in the publishable key's channels by itself); GET
 * /store/search/products is ours, for the storefront's results page.
 */
export const searchMiddlewareRoutes: MiddlewareRoute[] = [
  { matcher: "/store/search", method: "POST", middlewares: [configureStoreSearch({ allowed_indexes: { product: true } })] },
  { matcher: "/store/search/products", method: "GET", middlewares: [validateAndTransformQuery(StoreSearchProductsQuery, {})] },
]
