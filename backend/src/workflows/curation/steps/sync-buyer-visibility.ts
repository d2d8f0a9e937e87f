import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { visibleToBuyers } from "../../../lib/curation/buyer-visibility"

const channelLink = (productId: string, channelId: string): LinkDefinition => ({
  [Modules.PRODUCT]: { product_id: productId },
  [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
})

export const syncBuyerVisibilityStepId = "sync-buyer-visibility"

/**
 * Puts each product into the OK OCE sales channel (the store's default one,
 * which the storefront's publishable key reads) when buyers may see it, and
 * takes it out otherwise. Every store route, cart and search filters by that
 * channel, so this one membership is what hides a revoked product everywhere.
 */
export const syncBuyerVisibilityStep = createStep(
  syncBuyerVisibilityStepId,
  async (productIds: string[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
    const channelId = stores[0]?.default_sales_channel_id
    if (!channelId || !productIds.length) {
      return new StepResponse({ added: [] as string[], removed: [] as string[] }, { added: [], removed: [], channelId: "" })
    }
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "sales_channels.id", "product_curation.state", "producer.status"],
      filters: { id: productIds },
    })
    const added: string[] = []
    const removed: string[] = []
    for (const row of data) {
      const inChannel = (row.sales_channels ?? []).some((channel) => channel?.id === channelId)
      if (visibleToBuyers(row) && !inChannel) added.push(row.id)
      if (!visibleToBuyers(row) && inChannel) removed.push(row.id)
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (added.length) await link.create(added.map((id) => channelLink(id, channelId)))
    if (removed.length) await link.dismiss(removed.map((id) => channelLink(id, channelId)))
    return new StepResponse({ added, removed }, { added, removed, channelId })
  },
  async (change, { container }) => {
    if (!change) {
      return
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (change.added.length) await link.dismiss(change.added.map((id) => channelLink(id, change.channelId)))
    if (change.removed.length) await link.create(change.removed.map((id) => channelLink(id, change.channelId)))
  }
)
