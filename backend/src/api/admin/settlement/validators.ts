import { z } from "@medusajs/framework/zod"

/** The OK OCE fee as a percentage of each sale: 0 to 30, at most two decimals (2.5 = 2,5%). */
export const AdminSetFee = z.strictObject({
  percent: z
    .number({ message: "percent: harus angka / must be a number" })
    .min(0, "percent: tidak boleh negatif / cannot be negative")
    .max(30, "percent: paling banyak 30% / at most 30")
    .refine((value) => Number.isInteger(Math.round(value * 100)) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-9, {
      message: "percent: paling banyak dua angka di belakang koma / at most two decimals",
    }),
})
export type AdminSetFeeType = z.infer<typeof AdminSetFee>

/** The balances list: of one kecamatan, or of every producer the coordinator works with. */
export const AdminListBalancesQuery = z.strictObject({
  kecamatan_id: z.string().trim().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListBalancesQueryType = z.infer<typeof AdminListBalancesQuery>

/** The bank export: of one kecamatan, or of every producer the coordinator works with. */
export const AdminBankExportQuery = z.strictObject({
  kecamatan_id: z.string().trim().min(1).max(64).optional(),
})
export type AdminBankExportQueryType = z.infer<typeof AdminBankExportQuery>
