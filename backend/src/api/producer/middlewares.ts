import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import type { QueryConfig } from "../operations/operation"
import { producerOperations } from "../operations/producer-operations"
import { inIndonesian } from "./indonesian-errors"
import { resolveProducer } from "./resolve-producer"
import { productPhotoUpload } from "./uploads/photo-upload"

/** Medusa's validators, each after the Indonesian check that answers a bad body or query first. */
const body = (schema: z.ZodType) => [inIndonesian(schema), validateAndTransformBody(schema)]
const query = (schema: z.ZodType, config: QueryConfig = {}) => [inIndonesian(schema, "query"), validateAndTransformQuery(schema, config)]

/**
 * The producer panel's API. Every route is signed in as a `producer` actor
 * (POST /auth/producer/emailpass) and scoped to that producer by the handlers;
 * every body and query is strict, so status, producer or curation fields are refused.
 * The routes and their schemas are listed once, in operations/producer-operations.ts.
 */
export const producerMiddlewareRoutes: MiddlewareRoute[] = [
  { matcher: "/producer/*", middlewares: [authenticate("producer", ["bearer", "session"], { allowUnregistered: true }), resolveProducer] },
  // Each operation's query (`NoQuery` when it takes none) and body, as producer-operations.ts lists them.
  ...producerOperations.map(({ method, path, query: querySchema, queryConfig, body: bodySchema }) => ({
    matcher: path,
    method,
    middlewares: [...query(querySchema, queryConfig), ...(bodySchema ? body(bodySchema) : [])],
  })),
  // Product photos: multipart, read into memory within their limits before the route checks them.
  { matcher: "/producer/uploads", method: "POST", middlewares: [productPhotoUpload] },
]
