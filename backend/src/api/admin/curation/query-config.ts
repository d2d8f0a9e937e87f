/** What a row of the coordinators' curation queue reads, from the curation record out to the product's kecamatan. */
export const CURATION_QUEUE_FIELDS = [
  "id",
  "state",
  "licence_warning",
  "updated_at",
  "product.id",
  "product.title",
  "product.handle",
  "product.thumbnail",
  "product.producer.id",
  "product.producer.handle",
  "product.producer.business_name",
  "product.producer.status",
  "product.producer.desa.id",
  "product.producer.desa.name",
  "product.producer.desa.kecamatan.id",
  "product.producer.desa.kecamatan.name",
]

export const listCurationQueueConfig = { defaults: CURATION_QUEUE_FIELDS, isList: true, defaultLimit: 50 }
