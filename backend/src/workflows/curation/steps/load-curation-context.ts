import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hasUploadedPhoto } from "../../../lib/files/photo-record"
import type { CurationContext } from "../types"

export const CURATION_CONTEXT_FIELDS = [
  "id",
  "title",
  "variants.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "product_curation.id",
  "product_curation.state",
  "product_curation.events.to_state",
  "images.metadata",
  "product_compliance.*",
  "producer.status",
  "producer.pirt_number",
  "producer.pirt_expires_on",
  "producer.bpom_number",
  "producer.halal_kind",
  "producer.halal_number",
  "producer.halal_expires_on",
  "producer.stock_location.id",
  "producer.desa.kecamatan_id",
]

type Row = {
  id: string
  title: string
  variants?: Array<{ id: string; prices?: Array<{ amount: number; currency_code: string }> }>
  product_curation?: { id: string; state: CurationContext["state"]; events?: Array<{ to_state: string } | null> | null } | null
  images?: Array<{ metadata?: Record<string, unknown> | null } | null> | null
  product_compliance?: CurationContext["checklistInput"]["compliance"]
  producer?:
    (NonNullable<CurationContext["checklistInput"]["producer"]> & { stock_location?: { id: string } | null; desa?: { kecamatan_id: string } | null }) | null
}

/** Turns a product row into what curation decides on. Shared with the admin review view. */
export function toCurationContext(row: Row): CurationContext {
  const { stock_location, desa, ...producer } = row.producer ?? ({} as NonNullable<Row["producer"]>)
  const variants = row.variants ?? []
  return {
    product_id: row.id,
    title: row.title,
    curation_id: row.product_curation?.id ?? null,
    state: row.product_curation?.state ?? "draft",
    kecamatan_id: desa?.kecamatan_id ?? null,
    hasPhoto: hasUploadedPhoto(row.images),
    approvedBefore: (row.product_curation?.events ?? []).some((event) => event?.to_state === "approved"),
    checklistInput: {
      producer: row.producer ? producer : null,
      compliance: row.product_compliance ?? null,
      hasPrice: variants.length > 0 && variants.every((variant) => variant.prices?.some((price) => price.currency_code === "idr" && price.amount > 0)),
      hasStockLocation: Boolean(stock_location?.id),
    },
  }
}

export const loadCurationContextStepId = "load-curation-context"

/** Reads each product with its curation state, compliance, producer and licences. */
export const loadCurationContextStep = createStep(loadCurationContextStepId, async (productIds: string[], { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: CURATION_CONTEXT_FIELDS, filters: { id: productIds } })
  const byId = new Map(data.map((row) => [row.id, row]))
  const missing = productIds.filter((id) => !byId.has(id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Produk tidak ditemukan / product not found: ${missing.join(", ")}`)
  }
  return new StepResponse(productIds.map((id) => toCurationContext(byId.get(id)!)))
})
