import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRODUCER_MODULE } from "../../modules/producer"
import type ProducerModuleService from "../../modules/producer/service"
import { SETTLEMENT_MODULE } from "../../modules/settlement"
import type SettlementModuleService from "../../modules/settlement/service"

/**
 * Everything the shop holds about a producer, for their request to see it:
 * their profile (owner, WhatsApp, licences, desa), their products, the order
 * parts they received, every settlement entry and the payout account.
 * Undefined for an unknown producer.
 */
export async function collectProducerData(container: MedusaContainer, producerId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [producer],
  } = await query.graph({
    entity: "producer",
    fields: [
      "id",
      "handle",
      "business_name",
      "owner_name",
      "whatsapp",
      "phone_public",
      "story",
      "photo_url",
      "status",
      "status_reason",
      "pirt_number",
      "pirt_expires_on",
      "bpom_number",
      "halal_kind",
      "halal_number",
      "halal_expires_on",
      "created_at",
      "desa.name",
      "products.id",
      "products.title",
      "products.handle",
      "products.status",
      "products.created_at",
    ],
    filters: { id: producerId },
  })
  if (!producer) return undefined
  const { products, ...profile } = producer
  const settlement: SettlementModuleService = container.resolve(SETTLEMENT_MODULE)
  const [orders, entries, [account]] = await Promise.all([
    container.resolve<ProducerModuleService>(PRODUCER_MODULE).listProducerOrders({ producer_id: producerId }, { order: { created_at: "ASC" } }),
    settlement.listSettlementEntries(
      { producer_id: producerId },
      { select: ["kind", "amount", "order_display_id", "note", "created_at"], order: { created_at: "ASC" } }
    ),
    settlement.listPayoutAccounts({ producer_id: producerId }, { select: ["bank", "number", "holder", "confirmed_at"] }),
  ])
  return {
    subject: { type: "producer" as const, id: producerId },
    generated_at: new Date().toISOString(),
    producer: profile,
    products: products ?? [],
    producer_orders: orders,
    settlement: entries,
    payout_account: account ?? null,
  }
}
