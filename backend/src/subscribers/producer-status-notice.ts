import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProducerEvents } from "../lib/events"
import { notifyProducerOfStatusWorkflow } from "../workflows/producer/notify-producer-of-status"
import type { ProducerStatusChange } from "../workflows/producer/steps/build-producer-status-notice"

/** The producer hears that they were activated or suspended (keyed per change: a redelivery is harmless). */
export default async function noticeProducerStatus({ event, container }: SubscriberArgs<ProducerStatusChange>) {
  await notifyProducerOfStatusWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = {
  event: ProducerEvents.STATUS_CHANGED,
  context: { subscriberId: "producer-status-notice" },
}
