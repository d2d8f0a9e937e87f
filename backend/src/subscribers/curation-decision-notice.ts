import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CurationEvents } from "../lib/events"
import { notifyProducerOfCurationWorkflow } from "../workflows/curation/notify-producer-of-curation"
import type { CurationDecisionEvent } from "../workflows/curation/steps/build-curation-notices"

/** The producer hears of each coordinator's decision on their products (keyed per decision: a redelivery is harmless). */
export default async function noticeCurationDecision({ event, container }: SubscriberArgs<CurationDecisionEvent>) {
  await notifyProducerOfCurationWorkflow(container).run({ input: [event.data] })
}

export const config: SubscriberConfig = {
  event: [CurationEvents.APPROVED, CurationEvents.CHANGES_REQUESTED, CurationEvents.REJECTED, CurationEvents.REVOKED],
  context: { subscriberId: "curation-decision-notice" },
}
