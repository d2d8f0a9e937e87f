import { z } from "@medusajs/framework/zod"
import { TEXT_LIMITS } from "../../../lib/input-limits"
import { PRODUCER_ORDER_STATUSES } from "../../../modules/producer/order-progress"
import { DECLINE_REASONS } from "../../../modules/producer/order-decline"

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

/** Why the producer cannot fill their part: a reason from the list, and their own words (required for "other"). */
export const ProducerDeclineOrder = z
  .strictObject({
    reason: z.enum(DECLINE_REASONS, { message: `reason: pilih salah satu alasan: ${DECLINE_REASONS.join(", ")} / unknown reason` }),
    // A pattern, not .max(): Medusa rewrites a length error into English-only text.
    note: z
      .string({ message: "note: harus teks / must be text" })
      .trim()
      .regex(
        new RegExp(`^[\\s\\S]{0,${TEXT_LIMITS.declineNote}}$`),
        `note: paling banyak ${TEXT_LIMITS.declineNote} huruf / at most ${TEXT_LIMITS.declineNote} characters`
      )
      .optional(),
  })
  .refine((body) => body.reason !== "other" || (body.note?.length ?? 0) >= 3, {
    message: "note: untuk alasan lain, tuliskan alasannya (paling sedikit 3 huruf) / say why",
    path: ["note"],
  })

export type ProducerListOrdersQueryType = z.infer<typeof ProducerListOrdersQuery>
export type ProducerMoveOrderType = z.infer<typeof ProducerMoveOrder>
export type ProducerDeclineOrderType = z.infer<typeof ProducerDeclineOrder>
