/** Events our workflows emit, one name per state change ("entity.past_tense"). */
export const ProducerEvents = {
  CREATED: "producer.created",
  UPDATED: "producer.updated",
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
  LICENCE_WARNED: "curation.licence_warned",
} as const

export const HarvestEvents = {
  /** Data: { id: the product's id, harvest_id }; the product index re-reads the product. */
  UPSERTED: "product_harvest.upserted",
} as const
