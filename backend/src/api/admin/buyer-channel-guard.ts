import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buyerSalesChannelIds, notApprovedForBuyers, productsHiddenFromBuyers } from "../../lib/curation/buyer-visibility"

/**
 * Guards on Medusa's own admin routes that can file a product in a sales
 * channel. Curation puts approved products in the buyers' channel; these
 * refuse, before anything is written, a product that would get there any
 * other way. Medusa validated the body already (req.validatedBody).
 */

type ChannelRefs = Array<{ id: string }> | undefined
type NewProduct = { title?: string; sales_channels?: ChannelRefs }
type ProductUpdate = { id?: string; sales_channels?: ChannelRefs }

const bodyOf = <T>(req: MedusaRequest) => ((req as MedusaRequest & { validatedBody?: T }).validatedBody ?? req.body ?? {}) as T
const ids = (channels: ChannelRefs) => (channels ?? []).map((channel) => channel.id)

/** Existing products going into channels: refused when one of those is the buyers' and a product is not approved. */
async function refuseUnapproved(req: MedusaRequest, moves: Array<{ productId: string; channelIds: string[] }>) {
  if (!moves.some((move) => move.channelIds.length)) return
  const buyers = await buyerSalesChannelIds(req.scope)
  const toBuyers = moves.filter((move) => move.channelIds.some((id) => buyers.includes(id))).map((move) => move.productId)
  const hidden = await productsHiddenFromBuyers(req.scope, toBuyers)
  if (hidden.length) throw notApprovedForBuyers(hidden.map((product) => product.title))
}

/** A new product is always a curation draft: it cannot be created in the buyers' channel. */
async function refuseNewInBuyerChannel(req: MedusaRequest, products: NewProduct[]) {
  const filed = products.filter((product) => ids(product.sales_channels).length)
  if (!filed.length) return
  const buyers = await buyerSalesChannelIds(req.scope)
  const refused = filed.filter((product) => ids(product.sales_channels).some((id) => buyers.includes(id)))
  if (refused.length) throw notApprovedForBuyers(refused.map((product) => product.title ?? "baru"))
}

/** POST /admin/sales-channels/:id/products { add } */
export async function guardChannelProducts(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { add } = bodyOf<{ add?: string[] }>(req)
  await refuseUnapproved(
    req,
    (add ?? []).map((productId) => ({ productId, channelIds: [req.params.id] }))
  )
  next()
}

/** POST /admin/products { sales_channels } */
export async function guardProductCreate(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  await refuseNewInBuyerChannel(req, [bodyOf<NewProduct>(req)])
  next()
}

/** POST /admin/products/:id { sales_channels } (the matcher also meets /admin/products/batch, whose body has none at the top). */
export async function guardProductUpdate(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const channelIds = ids(bodyOf<ProductUpdate>(req).sales_channels)
  if (channelIds.length) await refuseUnapproved(req, [{ productId: req.params.id, channelIds }])
  next()
}

/** POST /admin/products/batch { create, update } */
export async function guardProductBatch(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { create, update } = bodyOf<{ create?: NewProduct[]; update?: ProductUpdate[] }>(req)
  await refuseNewInBuyerChannel(req, create ?? [])
  await refuseUnapproved(
    req,
    (update ?? []).flatMap((product) => (product.id ? [{ productId: product.id, channelIds: ids(product.sales_channels) }] : []))
  )
  next()
}

/** Medusa's admin routes that can file a product in a sales channel, each with its guard. */
export const buyerChannelGuardRoutes = [
  { matcher: "/admin/sales-channels/:id/products", method: "POST" as const, middlewares: [guardChannelProducts] },
  { matcher: "/admin/products", method: "POST" as const, middlewares: [guardProductCreate] },
  { matcher: "/admin/products/batch", method: "POST" as const, middlewares: [guardProductBatch] },
  { matcher: "/admin/products/:id", method: "POST" as const, middlewares: [guardProductUpdate] },
]
