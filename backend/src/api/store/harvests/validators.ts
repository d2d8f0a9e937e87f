import { z } from "@medusajs/framework/zod"

export const StoreListHarvestsQuery = z.strictObject({
  limit: z.coerce.number().int("limit: bilangan bulat / whole number").min(1).max(50).default(12),
  product_id: z.string().regex(/^prod_[A-Za-z0-9]+$/, "product_id: id produk tidak sah / not a product id").optional(),
})

export type StoreListHarvestsQueryType = z.infer<typeof StoreListHarvestsQuery>
