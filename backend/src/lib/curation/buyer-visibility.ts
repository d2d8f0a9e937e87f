import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** What the rule needs to know of a product: its curation state and its producer's status. */
export type BuyerVisibilityRow = { product_curation?: { state: string } | null; producer?: { status: string } | null }

/**
 * THE rule: a buyer may see and buy a product only when a coordinator approved
 * it and its producer is active. The curation sync, the search index, the cart
 * checks and the admin guards all ask this one function.
 */
export function visibleToBuyers(row: BuyerVisibilityRow) {
  return row.product_curation?.state === "approved" && row.producer?.status === "active"
}

/**
 * The sales channels buyers read: the store's default one (where the curation
 * sync puts approved products) and any channel a publishable key opens, since
 * a key is all a storefront needs to list a channel's products.
 */
export async function buyerSalesChannelIds(container: MedusaContainer): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: stores }, { data: keys }] = await Promise.all([
    query.graph({ entity: "store", fields: ["default_sales_channel_id"] }),
    query.graph({ entity: "api_key", fields: ["sales_channels.id"], filters: { type: "publishable" } }),
  ])
  const ids = new Set<string>()
  for (const store of stores) if (store.default_sales_channel_id) ids.add(store.default_sales_channel_id)
  for (const key of keys) {
    for (const channel of key.sales_channels ?? []) if (channel) ids.add(channel.id)
  }
  return [...ids]
}

/** Of these products, the ones buyers may not see (their titles, for the message). */
export async function productsHiddenFromBuyers(container: MedusaContainer, productIds: string[]): Promise<Array<{ id: string; title: string }>> {
  if (!productIds.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "product_curation.state", "producer.status"], filters: { id: productIds } })
  return data.filter((row) => !visibleToBuyers(row)).map(({ id, title }) => ({ id, title }))
}

/** The refusal a coordinator reads when a product would reach buyers without curation. */
export function notApprovedForBuyers(titles: string[]) {
  const named = titles.map((title) => `'${title}'`).join(", ")
  return new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Produk ${named} belum disetujui kurasi OK OCE, jadi tidak bisa masuk saluran penjualan pembeli; setujui lewat Kurasi / not approved by OK OCE curation, so it cannot enter the buyers' sales channel`
  )
}
