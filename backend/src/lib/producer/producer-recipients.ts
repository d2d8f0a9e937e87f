import type { MedusaContainer } from "@medusajs/framework/types"
import { readBackendEnv } from "../env"
import { deliverableChannels } from "../notification/senders"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { producerEmails } from "./producer-emails"

export type Recipient = { channel: "email" | "whatsapp"; to: string }

/**
 * Where a producer's notices go, as they chose in their profile (notify_by):
 * WhatsApp (the default: village producers read it far sooner than email, and
 * every producer gives a number), email to each address they sign in with, or
 * both. A choice the shop cannot carry falls back to the other channel: WhatsApp
 * while the shop has no WhatsApp sender, email for a producer without a login.
 */
export async function producerRecipients(container: MedusaContainer, producerIds: string[]): Promise<Map<string, Recipient[]>> {
  const recipients = new Map<string, Recipient[]>()
  if (!producerIds.length) return recipients
  const emails = await producerEmails(container, producerIds)
  const whatsappOn = deliverableChannels(readBackendEnv(process.env)).has("whatsapp")
  const producers = await container
    .resolve<ProducerModuleService>(PRODUCER_MODULE)
    .listProducers({ id: producerIds }, { select: ["id", "whatsapp", "notify_by"] })
  for (const producer of producers) {
    const byEmail = (emails.get(producer.id) ?? []).map((email): Recipient => ({ channel: "email", to: email }))
    const byWhatsApp: Recipient[] = whatsappOn && producer.whatsapp ? [{ channel: "whatsapp", to: producer.whatsapp }] : []
    const chosen = producer.notify_by === "both" ? [...byWhatsApp, ...byEmail] : producer.notify_by === "email" ? byEmail : byWhatsApp
    recipients.set(producer.id, chosen.length ? chosen : [...byWhatsApp, ...byEmail])
  }
  return recipients
}
