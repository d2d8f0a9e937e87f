import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The email addresses producers sign in with, by producer id. A producer has
 * no email column: their address is the login tied to them
 * (app_metadata.producer_id on the auth identity). A producer without a login
 * (seeded, or not yet invited) has none and is left out.
 */
export async function producerEmails(container: MedusaContainer, producerIds: string[]): Promise<Map<string, string[]>> {
  const emails = new Map<string, string[]>()
  if (!producerIds.length) return emails
  const identities = await container.resolve(Modules.AUTH).listAuthIdentities(
    // A filter inside the JSON column: only the producers' logins are read, never every buyer's.
    { app_metadata: { producer_id: { $in: producerIds } } } as never,
    { relations: ["provider_identities"] }
  )
  for (const identity of identities) {
    const producerId = identity.app_metadata?.producer_id
    if (typeof producerId !== "string" || !producerIds.includes(producerId)) continue
    for (const provider of identity.provider_identities ?? []) {
      if (provider.provider !== "emailpass") continue
      emails.set(producerId, [...(emails.get(producerId) ?? []), provider.entity_id.toLowerCase()])
    }
  }
  return emails
}
