import { z } from "@medusajs/framework/zod"

/** The programme's figures: of one kecamatan or the whole territory, over the last 1 to 36 months (12 unless asked). */
export const AdminProgrammeQuery = z.strictObject({
  kecamatan_id: z.string({ message: "kecamatan_id: harus teks / must be text" }).trim().min(1).max(64).optional(),
  months: z.coerce
    .number({ message: "months: harus angka / must be a number" })
    .int("months: harus bilangan bulat / whole number")
    .min(1, "months: paling sedikit 1 / at least 1")
    .max(36, "months: paling banyak 36 / at most 36")
    .default(12),
})
export type AdminProgrammeQueryType = z.infer<typeof AdminProgrammeQuery>
