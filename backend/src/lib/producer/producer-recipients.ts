import type { MedusaContainer } from "@medusajs/framework/types"
import { readBackendEnv } from "../env"
import { deliverableChannels } from "../notification/senders"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { producerEmails } from "./producer-emails"

export type Recipient = { channel: "email" | "whatsapp"; to: string }

/**
 * Where a producer's notices go. Village producers read WhatsApp far sooner
 * than email, and every producer gives a WhatsApp number: so WhatsApp when the
 * shop has a WhatsApp sender, otherwise email to each address they sign in
 * with. A producer with neither (seeded, no login, no sender) hears nothing.
 */
export async function producerRecipients(container: MedusaContainer, producerIds: string[]): Promise<Map<string, Recipient[]>> {
  const recipients = new Map<string, Recipient[]>()
  if (!producerIds.length) return recipients
  const emails = await producerEmails(container, producerIds)
  const phones = deliverableChannels(readBackendEnv(process.env)).has("whatsapp")
    ? new Map((await container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducers({ id: producerIds }, { select: ["id", "whatsapp"] })).map((row) => [row.id, row.whatsapp]))
    : new Map<string, string>()
  for (const id of producerIds) {
    const phone = phones.get(id)
    recipients.set(id, phone ? [{ channel: "whatsapp", to: phone }] : (emails.get(id) ?? []).map((email): Recipient => ({ channel: "email", to: email })))
  }
  return recipients
}
