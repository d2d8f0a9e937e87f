import type { CreateNotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reliesOnLicence, type LicenceRunningOut } from "../../../lib/curation/licence-expiry"
import { licenceExpiryNotice } from "../../../lib/notification/licence-expiry-notice"
import { producerRecipients } from "../../../lib/producer/producer-recipients"
import { pacitanDay } from "../../../lib/time/pacitan-day"

/** One product's licence warning as curation.licence_warned carries it (review-licence-expiry.ts); a cleared warning has none. */
export type LicenceWarnedEvent = { id: string; warning: string | null; producer_id?: string | null; expiring?: LicenceRunningOut[] }

export const PRODUCER_LICENCE_EXPIRING_TEMPLATE = "producer-licence-expiring"
/** Where the producer sees their licences' numbers and expiry dates. */
export const PANEL_PROFILE_PATH = "/panel/profil"

/**
 * One notice per producer, licence and expiry day (in WIB), however many of
 * their products announce it: the daily check warns each product on its own,
 * the job runs again the next day, an event may come twice, and the key
 * (template, producer, licence, day) lets only the first through (two products'
 * events at once: the notification table's unique key refuses the second, whose
 * retry then finds it sent). The products it names are all of the producer's
 * products on sale under that licence, read now. A licence renewed since the
 * check ran (another expiry day) says nothing. Read only.
 */
export const buildLicenceExpiryNoticesStep = createStep("build-licence-expiry-notices", async (warnings: LicenceWarnedEvent[], { container }) => {
  const wanted = new Map<string, { producer_id: string; expiring: LicenceRunningOut }>()
  for (const row of warnings) {
    if (!row.warning || !row.producer_id) continue
    for (const expiring of row.expiring ?? []) {
      wanted.set(`${row.producer_id}:${expiring.licence}:${pacitanDay(new Date(expiring.expires_on))}`, { producer_id: row.producer_id, expiring })
    }
  }
  if (!wanted.size) return new StepResponse([] as CreateNotificationDTO[])
  const producerIds = [...new Set([...wanted.values()].map((entry) => entry.producer_id))]
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "producer",
    fields: [
      "id",
      "business_name",
      "pirt_number",
      "pirt_expires_on",
      "halal_number",
      "halal_expires_on",
      "products.id",
      "products.title",
      "products.product_curation.state",
      "products.product_compliance.licence",
      "products.product_compliance.halal",
    ],
    filters: { id: producerIds },
  })
  const producers = new Map(data.map((producer) => [producer.id, producer]))
  const recipients = await producerRecipients(container, producerIds)
  const notices = [...wanted].flatMap(([key, { producer_id, expiring }]) => {
    const producer = producers.get(producer_id)
    if (!producer) return []
    const held =
      expiring.licence === "pirt"
        ? { number: producer.pirt_number, expires_on: producer.pirt_expires_on }
        : { number: producer.halal_number, expires_on: producer.halal_expires_on }
    if (!held.expires_on || pacitanDay(new Date(held.expires_on)) !== pacitanDay(new Date(expiring.expires_on))) return []
    const products = (producer.products ?? [])
      .filter((product) => product?.product_curation?.state === "approved" && reliesOnLicence(product.product_compliance, expiring.licence))
      .map((product) => product!.title)
      .sort((a, b) => a.localeCompare(b, "id"))
    const number = held.number ?? expiring.number
    const words = licenceExpiryNotice({ business_name: producer.business_name, licence: expiring.licence, number, expires_on: expiring.expires_on, products })
    return (recipients.get(producer_id) ?? []).map(({ channel, to }): CreateNotificationDTO => ({
      to,
      channel,
      template: PRODUCER_LICENCE_EXPIRING_TEMPLATE,
      idempotency_key: `${PRODUCER_LICENCE_EXPIRING_TEMPLATE}:${key}:${to}`,
      resource_type: "producer",
      resource_id: producer_id,
      data: {
        subject: words.subject,
        producer_id,
        licence: expiring.licence,
        licence_number: number,
        expires_on: expiring.expires_on,
        products,
        panel_path: PANEL_PROFILE_PATH,
        message: words.message,
      },
    }))
  })
  return new StepResponse(notices)
})
