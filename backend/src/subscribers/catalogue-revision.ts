import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { HarvestEvents, ORDER_STOCK_EVENTS, PRODUCT_EVENTS, ProducerEvents, STOCK_EVENTS, VARIANT_EVENTS, VISIBILITY_CURATION_EVENTS } from "../lib/events"
import { CATALOGUE_REVISION_MODULE } from "../modules/catalogue-revision"
import type CatalogueRevisionModuleService from "../modules/catalogue-revision/service"

/**
 * Every change a buyer could see on a catalogue page moves the revision on, so
 * storefronts drop the pages they rendered before it. Orders count too: their
 * reservations change "in stock" without a stock event.
 */
export default async function bumpCatalogueRevision({ container }: SubscriberArgs) {
  const revisions: CatalogueRevisionModuleService = container.resolve(CATALOGUE_REVISION_MODULE)
  await revisions.bumpRevision()
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
