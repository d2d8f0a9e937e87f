import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { changesOfEvent, COLLECTION_EVENTS } from "../lib/catalogue/change-tags"
import { idsOf, productIdsOfEvent, type CatalogueEvent, type Query } from "../lib/catalogue/products-of-event"
import { refreshProductViewsSoon } from "../lib/catalogue/product-views"
import { sendDueStockAlerts } from "../lib/stock-alert/stock-alerts"
import { COLLECTION_UPDATED } from "../lib/catalogue/announce-collection"
import {
  HarvestEvents,
  ORDER_STOCK_EVENTS,
  PRODUCT_EVENTS,
  ProducerEvents,
  ReviewEvents,
  STOCK_EVENTS,
  VARIANT_EVENTS,
  VISIBILITY_CURATION_EVENTS,
} from "../lib/events"
import { CATALOGUE_REVISION_MODULE } from "../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../modules/catalogue-revision/service"

/**
 * Every change a buyer could see on a catalogue page rewrites the views of the
 * products it touches (lib/catalogue/product-views.ts), then is recorded by what
 * it changed (a product, a producer, a place, the lists) and moves the revision
 * on, so storefronts empty only the pages that show it and read the new views
 * when they render them again. Orders count too: their reservations change
 * "in stock" without a stock event.
 */
async function productIdsOfCollections(query: Query, revisions: CatalogueRevisionModuleService, collectionIds: string[]) {
  if (!collectionIds.length) return []
  const [{ data }, viewed] = await Promise.all([
    query.graph({ entity: "product_collection", fields: ["products.id"], filters: { id: collectionIds } }),
    revisions.productIdsInCollections(collectionIds),
  ])
  return [...data.flatMap((collection) => (collection.products ?? []).flatMap((product) => (product ? [product.id] : []))), ...viewed]
}

export default async function recordCatalogueChange({ event, container }: SubscriberArgs<CatalogueEvent["data"]>) {
  const revisions: CatalogueRevisionModuleService = container.resolve(CATALOGUE_REVISION_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // A collection's products are the ones in it now; the ones it lost are found by their views.
  const productIds =
    event.name === COLLECTION_UPDATED
      ? await productIdsOfCollections(query, revisions, idsOf(event.data))
      : COLLECTION_EVENTS.includes(event.name)
        ? []
        : await productIdsOfEvent(query, event)
  await refreshProductViewsSoon(container, productIds)
  const changes = await changesOfEvent(query, event, productIds)
  await revisions.announceChanges(changes)
  // Buyers waiting for one of these products hear once it can be bought again (its view now says so).
  // Last, and on its own: a message that cannot go must not hold back the pages.
  await sendDueStockAlerts(container, productIds).catch((error: Error) =>
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`[stock-alert] not sent for ${productIds.join(", ")}: ${error.message}`)
  )
}

export const config: SubscriberConfig = {
  event: [
    ...PRODUCT_EVENTS,
    ...VARIANT_EVENTS,
    ...STOCK_EVENTS,
    ...VISIBILITY_CURATION_EVENTS,
    ProducerEvents.UPDATED,
    HarvestEvents.UPSERTED,
    HarvestEvents.PASSED,
    HarvestEvents.HARVESTED,
    COLLECTION_UPDATED,
    "product-category.updated",
    ...ORDER_STOCK_EVENTS,
    ReviewEvents.MODERATED,
  ],
  context: { subscriberId: "catalogue-revision" },
}
