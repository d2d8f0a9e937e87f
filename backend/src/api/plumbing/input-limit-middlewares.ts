import type { MiddlewareRoute } from "@medusajs/framework/http"
import { refuseOutsidePictures } from "./picture-urls"
import { guardListQuery } from "../store/list-query-guard"
import { limitStoreMetadata } from "../store/metadata-limit"

/** Medusa's store list routes whose `limit`, `offset` and `*_at` filters reach the database as they are. */
const STORE_LISTS = ["/store/products", "/store/product-categories", "/store/collections", "/store/orders", "/store/regions"]

/**
 * Limits on what Medusa's own routes accept (our routes' validators carry
 * theirs, from lib/input-limits.ts): buyers' metadata stays small, pictures
 * come from the store's file storage, list queries the database would choke
 * on are a 400.
 */
export const inputLimitMiddlewareRoutes: MiddlewareRoute[] = [
  { matcher: "/store/*", method: "POST", middlewares: [limitStoreMetadata] },
  { matcher: "/admin/products*", method: "POST", middlewares: [refuseOutsidePictures] },
  ...STORE_LISTS.map((matcher) => ({ matcher, method: "GET" as const, middlewares: [guardListQuery] })),
]
