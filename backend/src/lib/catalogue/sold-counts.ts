import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Units of each product in orders that stand ("terjual N" on its card and
 * page): every placed order but canceled ones and drafts, at the order's
 * current version. One grouped read over Medusa's order tables, which index
 * the line's product and the item's order and version: Query would load every
 * order of a product to count them.
 */
export async function soldCounts(container: MedusaContainer, productIds: string[]): Promise<Map<string, number>> {
  if (!productIds.length) return new Map()
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: Array<{ product_id: string; sold: string | number | null }> = await pg("order_line_item as line")
    .join("order_item as item", "item.item_id", "line.id")
    .join("order as o", (on) => on.on("o.id", "item.order_id").andOn("o.version", "item.version"))
    .whereIn("line.product_id", productIds)
    .whereNull("line.deleted_at")
    .whereNull("item.deleted_at")
    .whereNull("o.deleted_at")
    .where("o.is_draft_order", false)
    .whereNotIn("o.status", ["canceled", "draft"])
    .groupBy("line.product_id")
    .select("line.product_id")
    .sum({ sold: "item.quantity" })
  return new Map(rows.map((row) => [row.product_id, Number(row.sold ?? 0)]))
}
