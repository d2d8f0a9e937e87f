import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"

/**
 * Who may call a route:
 * - `public`: anyone, no header (load balancers, API tools);
 * - `store`: any client holding the store's publishable key (`x-publishable-api-key`), no login;
 * - `customer`: a signed-in buyer (POST /auth/customer/emailpass) with the publishable key;
 * - `producer`: a producer's login (POST /auth/producer/emailpass), as a bearer token or a session;
 * - `coordinator`: an OK OCE coordinator's admin login (POST /auth/user/emailpass).
 */
export type Auth = "public" | "store" | "customer" | "producer" | "coordinator"

export type Method = "GET" | "POST" | "DELETE"

/** Medusa's query config for a list route: the fields it reads and its paging defaults. */
export type QueryConfig = Parameters<typeof validateAndTransformQuery>[1]

/** Refusals answered with the shared error body `{ type, message }`. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 503

/**
 * One operation of a custom route, as the OpenAPI document shows it. `query`
 * and `body` are the very schemas the middleware tables validate with (they
 * build their validation routes from these lists), so the document cannot
 * describe an input the route does not check.
 */
export type Operation = {
  method: Method
  /** Medusa's matcher for the route, e.g. `/producer/products/:id`. */
  path: string
  auth: Auth
  /** One line: what the route does. */
  summary: string
  /** Who may call it, what it answers, and when it refuses. */
  description: string
  query?: z.ZodType
  queryConfig?: QueryConfig
  body?: z.ZodType
  /** 201 for a route that creates something; 200 otherwise. */
  status?: 200 | 201
  /**
   * Refusals the route words itself. 400 (input), 401 (login), 403 (a producer
   * not yet active or suspended) and 404 (an id in the path) follow from the
   * other fields; a status named here replaces the implied description.
   */
  errors?: Partial<Record<ErrorStatus, string>>
}

/**
 * The validation routes of a middleware table: for every operation with a
 * query or body schema, Medusa's validators with exactly that schema.
 */
export function validationRoutes(operations: readonly Operation[]): MiddlewareRoute[] {
  return operations
    .filter((operation) => operation.query || operation.body)
    .map(({ method, path, query, queryConfig, body }) => ({
      matcher: path,
      method,
      middlewares: [...(query ? [validateAndTransformQuery(query, queryConfig ?? {})] : []), ...(body ? [validateAndTransformBody(body)] : [])],
    }))
}
