import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { changesOfEvent } from "../lib/catalogue/change-tags"
import type { CatalogueEvent } from "../lib/catalogue/products-of-event"
import { HarvestEvents, ORDER_STOCK_EVENTS, PRODUCT_EVENTS, ProducerEvents, STOCK_EVENTS, VARIANT_EVENTS, VISIBILITY_CURATION_EVENTS } from "../lib/events"
import { CATALOGUE_REVISION_MODULE } from "../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../modules/catalogue-revision/service"

/**
 * Every change a buyer could see on a catalogue page moves the revision on, and
 * is recorded by what it changed (a product, a producer, a place, the lists), so
 * storefronts empty only the pages that show it. Orders count too: their
 * reservations change "in stock" without a stock event.
 */
export default async function recordCatalogueChange({ event, container }: SubscriberArgs<CatalogueEvent["data"]>) {
  const revisions: CatalogueRevisionModuleService = container.resolve(CATALOGUE_REVISION_MODULE)
  const changes = await changesOfEvent(container.resolve(ContainerRegistrationKeys.QUERY), event)
  await Promise.all([revisions.bumpRevision(), revisions.recordChanges(changes)])
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
    "product-collection.updated",
    "product-category.updated",
    ...ORDER_STOCK_EVENTS,
  ],
  context: { subscriberId: "catalogue-revision" },
}
