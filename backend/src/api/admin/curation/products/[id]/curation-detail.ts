import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { curationChecklist, photoCheck } from "../../../../../modules/curation/checklist"
import { photoRequired } from "../../../../../workflows/curation/steps/decide-curation"
import { CURATION_ACTIONS, nextCurationState, type CurationState } from "../../../../../modules/curation/states"
import { CURATION_CONTEXT_FIELDS, toCurationContext } from "../../../../../workflows/curation/steps/load-curation-context"
import { actorNames } from "../../../../../lib/curation/actor-names"
import { REVIEW_VARIANT_FIELDS, reviewVariants } from "../../../../../lib/curation/review-variants"

const COORDINATOR = { type: "user" as const, id: null }
const SEGMENT_BY_ACTION = { approve: "approve", request_changes: "request-changes", reject: "reject", revoke: "revoke" } as const

function allowedActions(state: CurationState) {
  return CURATION_ACTIONS.filter((action) => action !== "submit" && action !== "reopen")
    .filter((action) => {
      try {
        nextCurationState(state, action)
        return true
      } catch {
        return false
      }
    })
    .map((action) => SEGMENT_BY_ACTION[action as keyof typeof SEGMENT_BY_ACTION])
}

/** What a coordinator reviews: the product with its pictures, variants, prices and stock, producer, village, licences, checklist result and history. */
export async function retrieveCurationDetail(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: [
      ...CURATION_CONTEXT_FIELDS,
      "handle",
      "thumbnail",
      "description",
      "status",
      "product_curation.licence_warning",
      "product_curation.events.*",
      "producer.id",
      "producer.handle",
      "producer.business_name",
      "producer.owner_name",
      "producer.whatsapp",
      "producer.desa.id",
      "producer.desa.name",
      "producer.desa.kecamatan.id",
      "producer.desa.kecamatan.name",
      ...REVIEW_VARIANT_FIELDS,
    ],
    filters: { id },
  })
  const row = data[0]
  if (!row) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produk '${id}' tidak ditemukan / product not found`)
  }
  const context = toCurationContext(row)
  const events = (row.product_curation?.events ?? []).flatMap((event) => (event ? [event] : []))
  const names = await actorNames(container, events)
  const { stock_location: _location, desa, ...producer } = row.producer ?? { stock_location: null, desa: null }
  return {
    context,
    detail: {
      product: { id: row.id, title: row.title, handle: row.handle, thumbnail: row.thumbnail, description: row.description, status: row.status },
      images: (row.images ?? []).flatMap((image) => (image ? [{ id: image.id, url: image.url }] : [])),
      variants: reviewVariants(row.variants),
      curation: { state: context.state, licence_warning: row.product_curation?.licence_warning ?? null },
      producer: row.producer ? producer : null,
      village: desa
        ? { desa: { id: desa.id, name: desa.name }, kecamatan: desa.kecamatan ? { id: desa.kecamatan.id, name: desa.kecamatan.name } : null }
        : null,
      compliance: row.product_compliance ?? null,
      // The checks the reviewing coordinator's approval would make, the photo among them.
      checklist: [
        ...curationChecklist({ ...context.checklistInput, today: new Date() }),
        ...(photoRequired(COORDINATOR, context) ? photoCheck(context.hasPhoto) : []),
      ],
      // Newest first; ids are time-ordered, which settles events within the same millisecond.
      history: events
        .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime() || String(b.id).localeCompare(String(a.id)))
        .map((event) => ({ ...event, actor_name: names.get(`${event.actor_type}:${event.actor_id}`) ?? null })),
      actions: allowedActions(context.state),
    },
  }
}
