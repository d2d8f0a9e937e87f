import { z } from "@medusajs/framework/zod"

export const REVIEW_BODY_MAX = 1000

export const StoreCreateReview = z.strictObject({
  order_id: z.string().regex(/^order_[A-Za-z0-9]+$/, "order_id: id pesanan tidak sah / not an order id"),
  product_id: z.string().regex(/^prod_[A-Za-z0-9]+$/, "product_id: id produk tidak sah / not a product id"),
  // Forms send text: "5" is five stars. A pattern, not a number range: Medusa rewrites a range's error into English.
  rating: z
    .union([z.number(), z.string()])
    .transform((value) => String(value).trim())
    .pipe(z.string().regex(/^[1-5]$/, "rating: pilih 1 sampai 5 bintang / choose 1 to 5 stars"))
    .transform(Number),
  // A pattern, not .max(): Medusa rewrites a length error into English-only text.
  body: z
    .string()
    .regex(new RegExp(`^[\\s\\S]{0,${REVIEW_BODY_MAX}}$`), `body: ulasan paling panjang ${REVIEW_BODY_MAX} huruf / at most ${REVIEW_BODY_MAX} characters`)
    .optional()
    .transform((text) => text?.trim() || null),
})

export type StoreCreateReviewType = z.infer<typeof StoreCreateReview>
