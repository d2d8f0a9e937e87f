import { z } from "@medusajs/framework/zod"

// A pattern, not min/max: Medusa rewrites range errors into English-only text, a pattern keeps this message.
const GRAMS = "grams: berat dalam gram, bilangan bulat 0 sampai 1000000 / the weight in grams, a whole number from 0 to 1000000"

export const StoreDeliveryRatesQuery = z.strictObject({
  grams: z
    .string()
    .regex(/^(?:0|[1-9][0-9]{0,5}|1000000)$/, GRAMS)
    .optional()
    .transform((value) => (value === undefined ? undefined : Number(value))),
  cart_id: z
    .string()
    .regex(/^cart_[A-Za-z0-9]+$/, "cart_id: id keranjang tidak sah / not a cart id")
    .optional(),
})

export type StoreDeliveryRatesQueryType = z.infer<typeof StoreDeliveryRatesQuery>
