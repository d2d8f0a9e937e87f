import { configureStoreSearch } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"

/**
 * Search routes, spread into middlewares.ts. POST /store/search is Medusa's own
 * search route, opened for the product index only (it narrows to published
 * products in the publishable key's channels by itself). GET
 * /store/search/products is ours, for the storefront's results page; its query
 * is validated with the other store operations (operations/store-operations.ts).
 */
export const searchMiddlewareRoutes: MiddlewareRoute[] = [
  { matcher: "/store/search", method: "POST", middlewares: [configureStoreSearch({ allowed_indexes: { product: true } })] },
]
