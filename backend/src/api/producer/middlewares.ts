import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { ProducerUpdateMe } from "./me/validators"
import { ProducerAcceptInvite, ProducerRegister } from "./register/validators"
import { listOwnProductsConfig } from "./products/query-config"
import { ProducerCreateProduct, ProducerListProductsQuery, ProducerSubmitProduct, ProducerUpdateProduct } from "./products/validators"
import { ProducerRecordHarvest, ProducerSetHarvest } from "./products/[id]/harvest/validators"
import { inIndonesian } from "./indonesian-errors"
import { resolveProducer } from "./resolve-producer"
import { ProducerListOrdersQuery, ProducerMoveOrder } from "./orders/validators"
import { ProducerAdjustStock, ProducerListStockQuery, ProducerSetStock } from "./stock/validators"

/** Routes that take no query: anything sent (`fields`, ids of others) is a 400, never a wider answer. */
const NoQuery = z.strictObject({})

/** Medusa's validators, each after the Indonesian check that answers a bad body or query first. */
const body = (schema: z.ZodType) => [inIndonesian(schema), validateAndTransformBody(schema)]
const query = (schema: z.ZodType, config = {}) => [inIndonesian(schema, "query"), validateAndTransformQuery(schema, config)]
const noQuery = query(NoQuery)

/**
 * The producer panel's API. Every route is signed in as a `producer` actor
 * (POST /auth/producer/emailpass) and scoped to that producer by the handlers;
 * every body and query is strict, so status, producer or curation fields are refused.
 */
export const producerMiddlewareRoutes: MiddlewareRoute[] = [
  { matcher: "/producer/*", middlewares: [authenticate("producer", ["bearer", "session"], { allowUnregistered: true }), resolveProducer] },
  { matcher: "/producer/register", method: "POST", middlewares: [...noQuery, ...body(ProducerRegister)] },
  { matcher: "/producer/invite/accept", method: "POST", middlewares: [...noQuery, ...body(ProducerAcceptInvite)] },
  { matcher: "/producer/me", method: "GET", middlewares: noQuery },
  { matcher: "/producer/me", method: "POST", middlewares: [...noQuery, ...body(ProducerUpdateMe)] },
  { matcher: "/producer/products", method: "GET", middlewares: query(ProducerListProductsQuery, listOwnProductsConfig) },
  { matcher: "/producer/products", method: "POST", middlewares: [...noQuery, ...body(ProducerCreateProduct)] },
  { matcher: "/producer/products/:id", method: ["GET", "DELETE"], middlewares: noQuery },
  { matcher: "/producer/products/:id", method: "POST", middlewares: [...noQuery, ...body(ProducerUpdateProduct)] },
  { matcher: "/producer/products/:id/submit", method: "POST", middlewares: [...noQuery, ...body(ProducerSubmitProduct)] },
  { matcher: "/producer/products/:id/stock", method: "GET", middlewares: noQuery },
  { matcher: "/producer/products/:id/stock", method: "POST", middlewares: [...noQuery, ...body(ProducerSetStock)] },
  { matcher: "/producer/products/:id/stock/adjustments", method: "GET", middlewares: noQuery },
  { matcher: "/producer/products/:id/stock/adjustments", method: "POST", middlewares: [...noQuery, ...body(ProducerAdjustStock)] },
  { matcher: "/producer/products/:id/harvest", method: "GET", middlewares: noQuery },
  { matcher: "/producer/products/:id/harvest", method: "POST", middlewares: [...noQuery, ...body(ProducerSetHarvest)] },
  { matcher: "/producer/products/:id/harvest/harvested", method: "POST", middlewares: [...noQuery, ...body(ProducerRecordHarvest)] },
  { matcher: "/producer/stock", method: "GET", middlewares: query(ProducerListStockQuery) },
  { matcher: "/producer/orders", method: "GET", middlewares: query(ProducerListOrdersQuery) },
  { matcher: "/producer/orders/:id", method: "GET", middlewares: noQuery },
  { matcher: "/producer/orders/:id/status", method: "POST", middlewares: [...noQuery, ...body(ProducerMoveOrder)] },
]
