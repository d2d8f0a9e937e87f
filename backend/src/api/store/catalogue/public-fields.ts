/**
 * What buyers may see of producers and places. Store routes select exactly
 * these; the owner's phone (unless public), status reasons and licence
 * documents never leave the backend.
 */
export const PUBLIC_PRODUCER_FIELDS = [
  "id",
  "handle",
  "business_name",
  "owner_name",
  "story",
  "photo_url",
  "phone_public",
  "whatsapp",
  "status",
  "pirt_number",
  "pirt_expires_on",
  "bpom_number",
  "halal_kind",
  "halal_number",
  "halal_expires_on",
  "is_demo",
] as const

export const PUBLIC_PLACE_FIELDS = ["id", "code", "name", "handle", "latitude", "longitude", "story", "image_url"] as const

/** Linked fields a store product request may ask for through `fields`. */
export const STORE_PRODUCT_LINK_FIELDS = [
  "producer.id",
  "producer.handle",
  "producer.business_name",
  "producer.photo_url",
  "producer.desa.id",
  "producer.desa.name",
  "producer.desa.handle",
  "product_compliance.product_type",
  "product_compliance.net_quantity",
  "product_compliance.ingredients",
  "product_compliance.shelf_life_days",
  "product_compliance.storage",
  "product_compliance.licence",
  "product_compliance.halal",
  "product_curation.state",
]

type ProducerRow = Record<(typeof PUBLIC_PRODUCER_FIELDS)[number], unknown>

const day = (value: unknown) => (value ? new Date(value as string).toISOString().slice(0, 10) : null)

/** A producer as a buyer sees it: licences grouped, phone only when the producer made it public. */
export function presentProducer(row: ProducerRow) {
  return {
    id: row.id,
    handle: row.handle,
    business_name: row.business_name,
    owner_name: row.owner_name,
    story: row.story,
    photo_url: row.photo_url,
    whatsapp: row.phone_public ? row.whatsapp : null,
    licences: {
      pirt: row.pirt_number ? { number: row.pirt_number, expires_on: day(row.pirt_expires_on) } : null,
      bpom: row.bpom_number ? { number: row.bpom_number } : null,
      halal: row.halal_number ? { kind: row.halal_kind, number: row.halal_number, expires_on: day(row.halal_expires_on) } : null,
      demo: row.is_demo,
    },
  }
}

export type PublicPlace = Record<(typeof PUBLIC_PLACE_FIELDS)[number], unknown> & { code: string }

export function presentPlace(row: Record<string, unknown>): PublicPlace {
  return Object.fromEntries(PUBLIC_PLACE_FIELDS.map((field) => [field, row[field] ?? null])) as PublicPlace
}
