import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { buyerSalesChannelIds, visibleToBuyers } from "../../lib/curation/buyer-visibility"

const channelLink = (productId: string, channelId: string): LinkDefinition => ({
  [Modules.PRODUCT]: { product_id: productId },
  [Modules.SALES_CHANNEL]: { sales_channel_id: channelId },
})

/**
 * An update that files an unapproved product in the buyers' sales channel
 * takes it back out, in the same run. The admin routes refuse such an update
 * before writing (api/admin/buyer-channel-guard.ts); this covers the paths
 * without a route of their own, such as a product import updating products.
 */
updateProductsWorkflow.hooks.productsUpdated(
  async ({ products }, { container }) => {
    const ids = products.map((product) => product.id)
    if (!ids.length) return new StepResponse(undefined, [] as LinkDefinition[])
    const buyers = await buyerSalesChannelIds(container)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "sales_channels.id", "product_curation.state", "producer.status"],
      filters: { id: ids },
    })
    const taken = data
      .filter((row) => !visibleToBuyers(row))
      .flatMap((row) => (row.sales_channels ?? []).flatMap((channel) => (channel && buyers.includes(channel.id) ? [channelLink(row.id, channel.id)] : [])))
    if (taken.length) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(taken)
    return new StepResponse(undefined, taken)
  },
  async (taken, { container }) => {
    if (taken?.length) await container.resolve(ContainerRegistrationKeys.LINK).create(taken)
  }
)
