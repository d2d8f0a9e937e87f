import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { visibleToBuyers } from "./buyer-visibility"

/**
 * Refuses products a buyer may no longer buy (not approved, or their producer
 * suspended), naming them. A cart can hold an item added before its product
 * was revoked: checkout must stop there with a clear message.
 */
export async function assertBuyable(container: MedusaContainer, { productIds, variantIds }: { productIds?: string[]; variantIds?: string[] }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids = new Set(productIds ?? [])
  if (variantIds?.length) {
    const { data } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: variantIds } })
    data.forEach((variant) => variant.product_id && ids.add(variant.product_id))
  }
  if (!ids.size) {
    return
  }
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "product_curation.state", "producer.status"], filters: { id: [...ids] } })
  const blocked = data.filter((product) => !visibleToBuyers(product))
  if (blocked.length) {
    const titles = blocked.map((product) => `'${product.title}'`).join(", ")
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Produk ${titles} tidak lagi tersedia di katalog OK OCE; hapus dari keranjang untuk melanjutkan / no longer available in the OK OCE catalogue; remove it from the cart to continue`
    )
  }
}
