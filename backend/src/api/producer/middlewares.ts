import { authenticate, validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { ProducerUpdateMe } from "./me/validators"
import { ProducerAcceptInvite, ProducerRegister } from "./register/validators"
import { ProducerCreateProduct, ProducerListProductsQuery, ProducerSubmitProduct, ProducerUpdateProduct } from "./products/validators"
import { ProducerSetHarvest } from "./products/[id]/harvest/validators"
import { resolveProducer } from "./resolve-producer"
import { ProducerListOrdersQuery, ProducerMoveOrder } from "./orders/validators"
import { ProducerAdjustStock, ProducerListStockQuery, ProducerSetStock } from "./stock/validators"

/** Routes that take no query: anything sent (`fields`, ids of others) is a 400, never a wider answer. */
const NoQuery = z.strictObject({})
const noQuery = validateAndTransformQuery(NoQuery, {})

/**
 * The producer panel's API. Every route is signed in as a `producer` actor
 * (POST /auth/producer/emailpass) and scoped to that producer by the handlers;
 * every body and query is strict, so status, producer or curation fields are refused.
 */
export const producerMiddlewareRoutes: MiddlewareRoute[] = [
  { matcher: "/producer/*", middlewares: [authenticate("producer", ["bearer", "session"], { allowUnregistered: true }), resolveProducer] },
  { matcher: "/producer/register", method: "POST", middlewares: [noQuery, validateAndTransformBody(ProducerRegister)] },
  { matcher: "/producer/invite/accept", method: "POST", middlewares: [noQuery, validateAndTransformBody(ProducerAcceptInvite)] },
  { matcher: "/producer/me", method: "GET", middlewares: [noQuery] },
  { matcher: "/producer/me", method: "POST", middlewares: [noQuery, validateAndTransformBody(ProducerUpdateMe)] },
  { matcher: "/producer/products", method: "GET", middlewares: [validateAndTransformQuery(ProducerListProductsQuery, {})] },
  { matcher: "/producer/products", method: "POST", middlewares: [noQuery, validateAndTransformBody(ProducerCreateProduct)] },
  { matcher: "/producer/products/:id", method: ["GET", "DELETE"], middlewares: [noQuery] },
  { matcher: "/producer/products/:id", method: "POST", middlewares: [noQuery, validateAndTransformBody(ProducerUpdateProduct)] },
  { matcher: "/producer/products/:id/submit", method: "POST", middlewares: [noQuery, validateAndTransformBody(ProducerSubmitProduct)] },
  { matcher: "/producer/products/:id/stock", method: "GET", middlewares: [noQuery] },
  { matcher: "/producer/products/:id/stock", method: "POST", middlewares: [noQuery, validateAndTransformBody(ProducerSetStock)] },
  { matcher: "/producer/products/:id/stock/adjustments", method: "GET", middlewares: [noQuery] },
  { matcher: "/producer/products/:id/stock/adjustments", method: "POST", middlewares: [noQuery, validateAndTransformBody(ProducerAdjustStock)] },
  { matcher: "/producer/products/:id/harvest", method: "GET", middlewares: [noQuery] },
  { matcher: "/producer/products/:id/harvest", method: "POST", middlewares: [noQuery, validateAndTransformBody(ProducerSetHarvest)] },
  { matcher: "/producer/stock", method: "GET", middlewares: [validateAndTransformQuery(ProducerListStockQuery, {})] },
  { matcher: "/producer/orders", method: "GET", middlewares: [validateAndTransformQuery(ProducerListOrdersQuery, {})] },
  { matcher: "/producer/orders/:id", method: "GET", middlewares: [noQuery] },
  { matcher: "/producer/orders/:id/status", method: "POST", middlewares: [noQuery, validateAndTransformBody(ProducerMoveOrder)] },
]
