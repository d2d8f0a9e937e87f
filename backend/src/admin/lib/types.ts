/**
 * Shapes of the Pasar Desa admin API (curation, places, producers) as the
 * backend contract defines them. Kept by hand because these routes are custom
 * and have no types in @medusajs/framework.
 */

export type CurationState = "draft" | "submitted" | "approved" | "changes_requested" | "rejected" | "revoked"

/** Actions as they appear in URLs and in `actions`. */
export type CurationActionPath = "approve" | "request-changes" | "reject" | "revoke"

export type ProducerStatus = "pending" | "active" | "suspended"
export type HalalKind = "certificate" | "self_declare"

export type NamedRef = { id: string; name: string }

export type CurationQueueItem = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  state: CurationState
  licence_warning: string | null
  updated_at: string
  producer: { id: string; handle: string; business_name: string; status: ProducerStatus } | null
  desa: NamedRef | null
  kecamatan: NamedRef | null
}

export type CurationQueueResponse = { products: CurationQueueItem[]; count: number }

export type CurationQueueFilters = {
  status?: CurationState
  kecamatan?: string
  producer?: string
  limit: number
  offset: number
}

export type ProducerLicences = {
  pirt_number: string | null
  pirt_expires_on: string | null
  bpom_number: string | null
  halal_kind: HalalKind | null
  halal_number: string | null
  halal_expires_on: string | null
}

export type ReviewProducer = ProducerLicences & {
  id: string
  handle: string
  business_name: string
  owner_name: string
  status: ProducerStatus
  whatsapp: string | null
}

export type Compliance = {
  product_type: "fresh_produce" | "processed_food" | "ready_to_eat" | "non_food"
  net_quantity: string | null
  ingredients: string | null
  shelf_life_days: number | null
  storage: string | null
  licence: "pirt" | "bpom" | "none"
  halal: boolean
}

export type ChecklistFailure = { code: string; id: string; en: string }

export type CurationEvent = {
  id: string
  action: string
  from_state: CurationState
  to_state: CurationState
  actor_type: "user" | "producer" | "system"
  actor_id: string | null
  /** The coordinator's name (or email) or the producer's business name; null for the system or a deleted account. */
  actor_name: string | null
  reason: string | null
  created_at: string
}

export type CurationReview = {
  product: { id: string; title: string; handle: string; thumbnail: string | null; description: string | null; status: string }
  images: Array<{ id: string; url: string }>
  variants: Array<{
    id: string
    title: string
    sku: string | null
    price: number | null
    manage_inventory: boolean
    stocked: number | null
    available: number | null
  }>
  curation: { state: CurationState; licence_warning: string | null }
  producer: ReviewProducer | null
  village: { desa: NamedRef; kecamatan: NamedRef } | null
  compliance: Compliance | null
  checklist: ChecklistFailure[]
  history: CurationEvent[]
  actions: CurationActionPath[]
}

export type Kecamatan = { id: string; name: string; handle: string }

export type Producer = ProducerLicences & {
  id: string
  handle: string
  business_name: string
  owner_name: string
  whatsapp: string | null
  status: ProducerStatus
  status_reason: string | null
  desa: { name: string } | null
}

/** GET /admin/producers's query: search, status, one kecamatan, and "a licence expired or running out". */
export type ProducerListFilters = { q?: string; status?: ProducerStatus; kecamatan_id?: string; licence?: "expiring"; limit: number; offset: number }

export type ProducerListResponse = { producers: Producer[]; count: number; limit: number; offset: number }

/** Body of POST /admin/producers/:id; null removes a licence. */
export type ProducerUpdate = {
  status?: ProducerStatus
  status_reason?: string | null
  pirt?: { number: string; expires_on: string } | null
  bpom?: { number: string } | null
  halal?: { kind: HalalKind; number: string; expires_on?: string | null } | null
}

/** An invite for a producer's owner: the link to send and when it stops working. */
export type ProducerInvite = { producer_id: string; email: string; url: string; expires_at: string }
