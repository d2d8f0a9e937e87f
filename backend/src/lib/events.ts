/** Events our workflows emit, one name per state change ("entity.past_tense"). */
export const ProducerEvents = {
  CREATED: "producer.created",
  UPDATED: "producer.updated",
} as const

export const PlaceEvents = {
  CREATED: "place.created",
} as const
