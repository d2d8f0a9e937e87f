import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { SettlementEvents } from "../lib/events"
import { notifyProducerOfPayoutWorkflow } from "../workflows/settlement/notify-producer-of-payout"
import type { PayoutRecordedEvent } from "../workflows/settlement/steps/build-payout-notice"

/** The producer hears of each payout made to them (keyed per payout: a redelivery is harmless). */
export default async function noticePayout({ event, container }: SubscriberArgs<PayoutRecordedEvent>) {
  await notifyProducerOfPayoutWorkflow(container).run({ input: event.data })
}

export const config: SubscriberConfig = {
  event: SettlementEvents.PAYOUT_RECORDED,
  context: { subscriberId: "payout-notice" },
}
