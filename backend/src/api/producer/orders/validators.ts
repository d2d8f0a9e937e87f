import { z } from "@medusajs/framework/zod"
import { TEXT_LIMITS } from "../../../lib/input-limits"
import { PRODUCER_ORDER_STATUSES } from "../../../modules/producer/order-progress"

export const ProducerListOrdersQuery = z.strictObject({
  status: z.enum(PRODUCER_ORDER_STATUSES, { message: `status: pilih salah satu dari ${PRODUCER_ORDER_STATUSES.join(", ")} / unknown status` }).optional(),
  limit: z.coerce
    .number({ message: "limit: harus angka / must be a number" })
    .int("limit: harus bilangan bulat / whole number")
    .min(1, "limit: paling sedikit 1 / at least 1")
    .max(50, "limit: paling banyak 50 / at most 50")
    .default(20),
  offset: z.coerce
    .number({ message: "offset: harus angka / must be a number" })
    .int("offset: harus bilangan bulat / whole number")
    .min(0, "offset: tidak boleh negatif / cannot be negative")
    .default(0),
})

const MOVES = ["accepted", "packed", "handed_over", "shipped"] as const

/** The next step of the producer's part; nothing else of the order can be set from the panel. */
export const ProducerMoveOrder = z.strictObject({
  status: z.enum(MOVES, { message: `status: pilih salah satu dari ${MOVES.join(", ")} / unknown status` }),
  tracking_note: z
    .string({ message: "tracking_note: harus teks / must be text" })
    .trim()
    .min(3, "tracking_note: tulis nomor resi atau nama kurir (paling sedikit 3 huruf) / too short")
    .max(TEXT_LIMITS.trackingNote, `tracking_note: paling banyak ${TEXT_LIMITS.trackingNote} huruf / too long`)
    .optional(),
})

export type ProducerListOrdersQueryType = z.infer<typeof ProducerListOrdersQuery>
export type ProducerMoveOrderType = z.infer<typeof ProducerMoveOrder>
