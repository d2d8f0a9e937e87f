import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { syncBuyerVisibilityStep } from "../curation/steps/sync-buyer-visibility"
import { ProducerEvents } from "../../lib/events"
import { type AuditActor, PRODUCER_STANDING_FIELDS, type ProducerStanding, producerAuditEntries } from "../../lib/audit/audit-changes"
import { recordAuditEntriesStep } from "../audit/steps/record-audit-entries"
import { updateProducerStep } from "./steps/update-producer"
import { validateProducerLicencesStep } from "./steps/validate-producer-licences"
import { validateProducerReferencesStep } from "./steps/validate-producer-references"
import type { ProducerUpdate } from "./types"

export const updateProducerWorkflowId = "update-producer"

/**
 * Updates a producer's profile, status or licences; expired licences and a handle
 * another producer carries are refused.
 * Buyers stop seeing a suspended producer's products at once. A change of
 * status is announced (producer.status_changed), which tells the producer; a
 * change of status or licences goes into the producer's history, naming the
 * coordinator (`actor`).
 *
 * @example
 * await updateProducerWorkflow(container).run({ input: { id: "prdc_123", update: { whatsapp: "+6281234567890" } } })
 */
export const updateProducerWorkflow = createWorkflow(updateProducerWorkflowId, (input: { id: string; update: ProducerUpdate; actor?: AuditActor }) => {
  validateProducerLicencesStep(transform({ input }, ({ input }) => [input.update]))
  validateProducerReferencesStep(transform({ input }, ({ input }) => [{ id: input.id, handle: input.update.handle }]))
  const { data: before } = useQueryGraphStep({ entity: "producer", fields: PRODUCER_STANDING_FIELDS, filters: { id: input.id } }).config({
    name: "producer-standing-before",
  })
  const producer = updateProducerStep(transform({ input }, ({ input }) => ({ id: input.id, update: input.update })))
  recordAuditEntriesStep(
    transform({ before, producer, input }, ({ before, producer, input }) =>
      before[0] ? producerAuditEntries(before[0] as ProducerStanding, producer as unknown as ProducerStanding, input.actor) : []
    )
  )
  // A suspended producer's products leave every buyer surface; reactivation brings the approved ones back.
  const { data: producers } = useQueryGraphStep({ entity: "producer", fields: ["products.id"], filters: { id: input.id } }).config({
    name: "producer-products",
  })
  syncBuyerVisibilityStep(transform({ producers }, ({ producers }) => (producers[0]?.products ?? []).flatMap((product) => (product ? [product.id] : []))))
  emitEventStep({ eventName: ProducerEvents.UPDATED, data: transform({ producer }, ({ producer }) => ({ id: producer.id })) })
  const statusChange = transform({ before, producer }, ({ before, producer }) =>
    before[0] && before[0].status !== producer.status
      ? {
          id: producer.id,
          from: before[0].status,
          to: producer.status,
          reason: producer.status_reason ?? null,
          // The change's own mark: its notice is keyed by it, so a redelivery sends nothing twice and a later change is new.
          changed_at: new Date(producer.updated_at).toISOString(),
        }
      : null
  )
  when("producer-status-changed", { statusChange }, ({ statusChange }) => statusChange !== null).then(() => {
    emitEventStep({ eventName: ProducerEvents.STATUS_CHANGED, data: statusChange }).config({ name: "emit-producer-status-changed" })
  })
  const producerUpdated = createHook("producerUpdated", { producer })
  return new WorkflowResponse(producer, { hooks: [producerUpdated] })
})
