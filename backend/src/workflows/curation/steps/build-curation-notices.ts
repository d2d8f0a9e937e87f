import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { producerRecipients } from "../../../lib/producer/producer-recipients"

/** A coordinator's decision as the curation.* event carries it (transition-curation.ts). */
export type CurationDecisionEvent = { id: string; to: string; reason?: string | null; event_id?: string }

/** Where the producer sees their products and each one's curation state. */
export const PANEL_PRODUCTS_PATH = "/panel/produk"

/** The decisions a producer hears of, each with its template and its words (the coordinator's reason follows them). */
export const CURATION_NOTICES: Record<
  string,
  { template: string; subject: (title: string) => string; message: (title: string, reason: string | null) => string }
> = {
  approved: {
    template: "product-curation-approved",
    subject: (title) => `${title} disetujui kurator OK OCE`,
    message: (title, reason) =>
      `Kabar baik! Produk "${title}" disetujui kurator OK OCE dan sekarang tampil untuk pembeli di Pasar Desa.${reason ? ` Catatan koordinator: ${reason}` : ""}`,
  },
  changes_requested: {
    template: "product-curation-changes-requested",
    subject: (title) => `${title} perlu perbaikan`,
    message: (title, reason) =>
      `Produk "${title}" perlu perbaikan sebelum bisa tampil untuk pembeli. Catatan koordinator: ${reason ?? "-"} Perbaiki produknya di panel produsen, lalu ajukan lagi.`,
  },
  rejected: {
    template: "product-curation-rejected",
    subject: (title) => `${title} ditolak kurator OK OCE`,
    message: (title, reason) => `Produk "${title}" ditolak kurator OK OCE dan tidak akan tampil untuk pembeli. Alasan: ${reason ?? "-"}`,
  },
  revoked: {
    template: "product-curation-revoked",
    subject: (title) => `Persetujuan ${title} dicabut`,
    message: (title, reason) =>
      `Persetujuan produk "${title}" dicabut, jadi produk ini tidak lagi tampil untuk pembeli. Alasan: ${reason ?? "-"} Perbaiki produknya di panel produsen, lalu ajukan lagi.`,
  },
}

/**
 * The producer's notice of a coordinator's decision on one of their products,
 * with the reason the coordinator gave. Keyed by the decision's entry in the
 * curation history: a redelivered event sends nothing twice, a later decision
 * on the same product is a new notice. Read only.
 */
export const buildCurationNoticesStep = createStep("build-curation-notices", async (decisions: CurationDecisionEvent[], { container }) => {
  const known = decisions.filter((decision) => CURATION_NOTICES[decision.to] && decision.event_id)
  if (!known.length) return new StepResponse([] as CreateNotificationDTO[])
  const { data: products } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "producer.id"],
    filters: { id: [...new Set(known.map((decision) => decision.id))] },
  })
  const byId = new Map(products.map((product) => [product.id, product]))
  const recipients = await producerRecipients(container, [...new Set(products.flatMap((product) => (product.producer?.id ? [product.producer.id] : [])))])
  const notices = known.flatMap((decision) => {
    const product = byId.get(decision.id)
    const wording = CURATION_NOTICES[decision.to]
    if (!product?.producer?.id) return []
    const reason = decision.reason?.trim() ? decision.reason.trim().replace(/([^.!?])$/, "$1.") : null
    return (recipients.get(product.producer.id) ?? []).map(({ channel, to }): CreateNotificationDTO => ({
      to,
      channel,
      template: wording.template,
      idempotency_key: `${wording.template}:${decision.event_id}:${to}`,
      resource_type: "product",
      resource_id: product.id,
      data: {
        subject: wording.subject(product.title),
        product_id: product.id,
        product_title: product.title,
        state: decision.to,
        reason,
        panel_path: PANEL_PRODUCTS_PATH,
        message: wording.message(product.title, reason),
      },
    }))
  })
  return new StepResponse(notices)
})
