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
