/** Events our workflows emit, one name per state change ("entity.past_tense"). */
export const ProducerEvents = {
  CREATED: "producer.created",
  UPDATED: "producer.updated",
  /** Data: { id, from, to, reason, changed_at }; a coordinator activated or suspended the producer (or set them back to pending). */
  STATUS_CHANGED: "producer.status_changed",
  /** Data: { id, product_ids }; a coordinator imported products for the producer from a CSV file (drafts in curation). */
  PRODUCTS_IMPORTED: "producer.products_imported",
} as const

export const CoordinatorEvents = {
  /** Data: { id: the user's id }; their role or territory was set. */
  ASSIGNED: "coordinator.assigned",
} as const

export const PlaceEvents = {
  CREATED: "place.created",
} as const

export const CurationEvents = {
  SUBMITTED: "curation.submitted",
  APPROVED: "curation.approved",
  CHANGES_REQUESTED: "curation.changes_requested",
  REJECTED: "curation.rejected",
  REVOKED: "curation.revoked",
  /**
   * Data: { id: the product's id, warning, producer_id, expiring: [{ licence: "pirt" | "halal", number, expires_on }] }, one event
   * per product whose licence warning the daily check set or cleared (warning null, expiring empty).
   */
  LICENCE_WARNED: "curation.licence_warned",
} as const

export const SettlementEvents = {
  /** Data: { id: the payout's settlement entry, producer_id, reference, paid_on }; once per payout, none for the same reference again. */
  PAYOUT_RECORDED: "settlement.payout_recorded",
} as const

export const ReviewEvents = {
  /** Data: { id: the product's id }; a coordinator approved or rejected one of its reviews, so its stars may have changed. */
  MODERATED: "product_review.moderated",
} as const

export const ProducerOrderEvents = {
  /** Data: { ids: the producer_order parts just made from a placed order }; never emitted again for the same parts. */
  CREATED: "producer_order.created",
  /** Data: { id: the producer_order part, order_id }; the producer could not fill it and its lines were taken off the order. */
  DECLINED: "producer_order.declined",
} as const

export const HarvestEvents = {
  /** Data: { id: the product's id, harvest_id }; the product index re-reads the product. */
  UPSERTED: "product_harvest.upserted",
  /** Data: { id: product ids whose harvest day has passed while their document still said pre-order }. */
  PASSED: "product_harvest.passed",
  /** Data: { id: the product's id }; the actual harvest is on the shelf and the product takes no more pre-orders. */
  HARVESTED: "product_harvest.harvested",
} as const

export const ProducerStockEvents = {
  /** Data: { id: the inventory level's id }; a producer's +/- change, which Medusa's adjustment does not announce. */
  ADJUSTED: "producer_stock.adjusted",
} as const

/** Medusa's events that change a product as buyers see it. */
export const PRODUCT_EVENTS = ["product.created", "product.updated", "product.deleted"]
export const VARIANT_EVENTS = ["product-variant.created", "product-variant.updated"]
/** Stock set or changed at a location decides "in stock" (reservations by orders do not emit these). */
export const STOCK_EVENTS = ["inventory-level.created", "inventory-level.updated", "inventory-level.deleted", ProducerStockEvents.ADJUSTED]
/**
 * Orders reserve stock (placed) and release it (canceled) through reservations, which change
 * "in stock" without an inventory-level event. Data: { id: the order's id }. Fulfilment needs
 * nothing more: it emits inventory-level.updated itself.
 */
export const ORDER_STOCK_EVENTS = ["order.placed", "order.canceled"]
/** Curation decisions change who may see a product, and Medusa knows nothing of them. */
export const VISIBILITY_CURATION_EVENTS = Object.values(CurationEvents).filter((name) => name !== CurationEvents.LICENCE_WARNED)
