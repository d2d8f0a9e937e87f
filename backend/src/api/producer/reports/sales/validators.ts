import { z } from "@medusajs/framework/zod"
import { SALES_PERIODS } from "../../../../lib/reports/sales-buckets"

/** A real calendar day: "2026-02-30" matches the pattern but is no day. */
const isDay = (value: string) => /^2\d{3}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
const day = (field: string) =>
  z
    .string({ message: `${field}: harus tanggal berbentuk TTTT-BB-HH / must be a date` })
    .refine(isDay, `${field}: tanggal berbentuk TTTT-BB-HH, misalnya 2026-12-01 / a date like 2026-12-01`)
    .optional()

/**
 * `?period=day|week|month&from=2026-11-01&to=2026-11-30`: days in Pacitan's time; without them, the last 30 days,
 * 12 weeks or 12 months up to today. Whether the range is in order and short enough is salesRange's (lib/reports).
 */
export const ProducerSalesQuery = z.strictObject({
  period: z.enum(SALES_PERIODS, { message: `period: pilih salah satu dari ${SALES_PERIODS.join(", ")} / day, week or month` }).default("day"),
  from: day("from"),
  to: day("to"),
})

export type ProducerSalesQueryType = z.infer<typeof ProducerSalesQuery>
