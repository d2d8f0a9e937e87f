import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import { producerRecipients } from "../../../lib/producer/producer-recipients"

/** A producer's change of status as producer.status_changed carries it (update-producer.ts). */
export type ProducerStatusChange = { id: string; from: string; to: string; reason: string | null; changed_at: string }

export const PRODUCER_ACTIVATED_TEMPLATE = "producer-activated"
export const PRODUCER_SUSPENDED_TEMPLATE = "producer-suspended"

const withStop = (text: string) => text.trim().replace(/([^.!?])$/, "$1.")

/** The words for each status a producer hears of; back to pending is a coordinator's bookkeeping and sends nothing. */
function wording(change: ProducerStatusChange, businessName: string) {
  const reason = change.reason?.trim() ? withStop(change.reason) : null
  if (change.to === "active") {
    return {
      template: PRODUCER_ACTIVATED_TEMPLATE,
      subject: `${businessName} aktif di Pasar Desa OK OCE`,
      message:
        `${change.from === "suspended" ? `Usaha ${businessName} aktif kembali` : `Selamat, usaha ${businessName} sudah aktif`} di Pasar Desa OK OCE. ` +
        `Produk yang disetujui kurator tampil untuk pembeli; kelola produk, stok dan pesanan di panel produsen.${reason ? ` Catatan koordinator: ${reason}` : ""}`,
    }
  }
  if (change.to === "suspended") {
    return {
      template: PRODUCER_SUSPENDED_TEMPLATE,
      subject: `${businessName} ditangguhkan di Pasar Desa OK OCE`,
      message:
        `Usaha ${businessName} di Pasar Desa OK OCE kami tangguhkan, dan produk Anda tidak tampil untuk pembeli selama penangguhan. ` +
        `Alasan: ${reason ?? "-"} Hubungi koordinator kecamatan Anda untuk membahasnya.`,
    }
  }
  return undefined
}

/**
 * The producer's notice of their activation or suspension, with the
 * coordinator's reason. Keyed by the change (its time), so a redelivered event
 * sends nothing twice. Read only.
 */
export const buildProducerStatusNoticeStep = createStep("build-producer-status-notice", async (change: ProducerStatusChange, { container }) => {
  const producer = (await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: change.id }, { select: ["id", "business_name"] }))[0]
  const words = producer && wording(change, producer.business_name)
  if (!words) return new StepResponse([] as CreateNotificationDTO[])
  const recipients = (await producerRecipients(container, [producer.id])).get(producer.id) ?? []
  const notices = recipients.map(({ channel, to }): CreateNotificationDTO => ({
    to,
    channel,
    template: words.template,
    idempotency_key: `${words.template}:${producer.id}:${change.changed_at}:${to}`,
    resource_type: "producer",
    resource_id: producer.id,
    data: { subject: words.subject, producer_id: producer.id, status: change.to, reason: change.reason, panel_path: "/panel", message: words.message },
  }))
  return new StepResponse(notices)
})
