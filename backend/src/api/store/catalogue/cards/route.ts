import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOGUE_REVISION_MODULE } from "../../../../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../../../../modules/catalogue-revision/service"
import { keySalesChannels } from "../sales-channels"
import type { StoreCatalogueCardsQueryType } from "./validators"

/**
 * GET /store/catalogue/cards: buyer-visible products as lists show them
 * (title, picture, price from, producer, desa, badge, in stock, sold, stars)
 * by age, of one producer or collection, of some handles, or all, from the stored views: one indexed
 * read, whatever the prices and stock behind them.
 */
export async function GET(req: MedusaStoreRequest<unknown, StoreCatalogueCardsQueryType>, res: MedusaResponse) {
  const { producer, collection, handles, order, limit, offset } = req.validatedQuery as StoreCatalogueCardsQueryType
  const views: CatalogueRevisionModuleService = req.scope.resolve(CATALOGUE_REVISION_MODULE)
  let collectionId: string | undefined
  if (collection) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_collection", fields: ["id"], filters: { handle: collection } })
    // An unknown collection lists nothing, like an unknown producer.
    if (!data[0]) return res.json({ cards: [], count: 0 })
    collectionId = data[0].id
  }
  const { cards, count } = await views.listProductCards({
    salesChannelIds: keySalesChannels(req),
    producerHandle: producer,
    collectionId,
    handles,
    newestFirst: order === "-created_at",
    limit,
    offset,
  })
  res.json({ cards, count })
}
