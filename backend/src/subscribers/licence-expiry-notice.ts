import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { CurationEvents } from "../lib/events"
import { notifyProducerOfLicenceExpiryWorkflow } from "../workflows/curation/notify-producer-of-licence-expiry"
import type { LicenceWarnedEvent } from "../workflows/curation/steps/build-licence-expiry-notices"

/** The producer hears that a licence runs out soon (keyed per producer, licence and expiry day: the next day's check and a redelivery are harmless). */
export default async function noticeLicenceExpiry({ event, container }: SubscriberArgs<LicenceWarnedEvent>) {
  await notifyProducerOfLicenceExpiryWorkflow(container).run({ input: [event.data] })
}

export const config: SubscriberConfig = {
  event: CurationEvents.LICENCE_WARNED,
  context: { subscriberId: "licence-expiry-notice" },
}
