import { z } from "@medusajs/framework/zod"

// A pattern, not min/max: Medusa rewrites range errors into English-only text, a pattern keeps this message.
const LIMIT = "limit: bilangan bulat 1 sampai 50 / a whole number from 1 to 50"

export const StoreListHarvestsQuery = z.strictObject({
  limit: z
    .string()
    .regex(/^(?:[1-9]|[1-4][0-9]|50)$/, LIMIT)
    .optional()
    .transform((value) => (value === undefined ? 12 : Number(value))),
  product_id: z
    .string()
    .regex(/^prod_[A-Za-z0-9]+$/, "product_id: id produk tidak sah / not a product id")
    .optional(),
})

export type StoreListHarvestsQueryType = z.infer<typeof StoreListHarvestsQuery>
