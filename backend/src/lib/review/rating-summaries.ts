import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Approved reviews of a product: their mean stars (one decimal) and how many. */
export type RatingSummary = { average: number; count: number }

/**
 * The rating each product's card and page show, from approved reviews only.
 * One grouped read over the (product_id, status) index.
 */
export async function ratingSummaries(container: MedusaContainer, productIds: string[]): Promise<Map<string, RatingSummary>> {
  if (!productIds.length) return new Map()
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: Array<{ product_id: string; average: string | number; count: string | number }> = await pg("product_review")
    .whereIn("product_id", productIds)
    .where("status", "approved")
    .whereNull("deleted_at")
    .groupBy("product_id")
    .select("product_id")
    .avg({ average: "rating" })
    .count({ count: "id" })
  return new Map(rows.map((row) => [row.product_id, { average: Math.round(Number(row.average) * 10) / 10, count: Number(row.count) }]))
}
