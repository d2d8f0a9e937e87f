import { z } from "@medusajs/framework/zod"
import { TEXT_LIMITS } from "../../../lib/input-limits"

const quantity = z
  .number()
  .int("stocked_quantity: jumlah stok harus bilangan bulat / whole number")
  .min(0, "stocked_quantity: stok tidak boleh negatif / cannot be negative")
  .max(1_000_000)

export const ProducerListStockQuery = z.strictObject({
  low_stock: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
})

/** Counted quantities and thresholds of a product's variants; at least one of the two per variant. */
export const ProducerSetStock = z.strictObject({
  variants: z
    .array(
      z
        .strictObject({
          variant_id: z.string().min(1),
          stocked_quantity: quantity.optional(),
          // The quantity the page showed when the producer typed theirs (the panel always sends it).
          expected_quantity: z.number().int().min(0).max(1_000_000).optional(),
          low_stock_threshold: z.number().int().min(0).max(1_000_000).nullable().optional(),
        })
        .refine((row) => row.stocked_quantity !== undefined || row.low_stock_threshold !== undefined, {
          message: "variants: isi stocked_quantity atau low_stock_threshold / give stocked_quantity or low_stock_threshold",
        })
    )
    .min(1)
    .max(50),
})

export const ProducerAdjustStock = z.strictObject({
  variant_id: z.string().min(1),
  delta: z
    .number()
    .int("delta: perubahan stok harus bilangan bulat / whole number")
    .min(-100_000)
    .max(100_000)
    .refine((value) => value !== 0, "delta: perubahan stok tidak boleh 0 / cannot be 0"),
  reason: z.string().trim().min(3, "reason: tulis alasan perubahan stok / a reason is required").max(TEXT_LIMITS.stockReason),
})

export type ProducerListStockQueryType = z.infer<typeof ProducerListStockQuery>
export type ProducerSetStockType = z.infer<typeof ProducerSetStock>
export type ProducerAdjustStockType = z.infer<typeof ProducerAdjustStock>
