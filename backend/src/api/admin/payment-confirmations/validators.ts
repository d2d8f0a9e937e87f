import { z } from "@medusajs/framework/zod"
import { pacitanDay } from "../../../lib/time/pacitan-day"
import { CONFIRMED_METHODS } from "../../../modules/settlement/models/payment-confirmation"

const calendarDay = (field: string) => z.iso.date({ message: `${field}: tanggal seperti 2026-12-04 / a date like 2026-12-04` })

/** Money a coordinator saw arrive for an order: on the bank statement, or handed over in cash. */
export const AdminConfirmPayment = z.strictObject({
  amount: z
    .number({ message: "amount: harus angka rupiah / must be a number" })
    .int("amount: rupiah bulat, tanpa sen / whole rupiah")
    .min(1, "amount: paling sedikit Rp 1 / at least 1")
    .max(1_000_000_000, "amount: paling banyak Rp 1.000.000.000 / too large"),
  received_on: calendarDay("received_on").refine((day) => day <= pacitanDay(), {
    message: "received_on: tanggal terima tidak boleh di masa depan / cannot be in the future",
  }),
  collected_by: z
    .string()
    .trim()
    .min(2, "collected_by: paling sedikit 2 huruf / too short")
    .max(80, "collected_by: paling banyak 80 huruf / too long")
    .optional(),
  note: z.string().trim().max(300, "note: paling banyak 300 huruf / too long").optional(),
  request_key: z
    .string({ message: "request_key: wajib, satu kunci per catatan / required, one key per confirmation" })
    .trim()
    .min(8, "request_key: paling sedikit 8 huruf / too short")
    .max(100, "request_key: paling banyak 100 huruf / too long"),
})
export type AdminConfirmPaymentType = z.infer<typeof AdminConfirmPayment>

/** The history of confirmations, newest first. */
export const AdminListConfirmationsQuery = z.strictObject({
  method: z.enum(CONFIRMED_METHODS).optional(),
  from: calendarDay("from").optional(),
  to: calendarDay("to").optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminListConfirmationsQueryType = z.infer<typeof AdminListConfirmationsQuery>

/** Transfers waiting for money, or found by reference, amount or order number. */
export const AdminIncomingTransfersQuery = z.strictObject({
  q: z.string().trim().min(1).max(40).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})
export type AdminIncomingTransfersQueryType = z.infer<typeof AdminIncomingTransfersQuery>

/** One day's cash, by who collected it. */
export const AdminCashListQuery = z.strictObject({ date: calendarDay("date").optional() })
export type AdminCashListQueryType = z.infer<typeof AdminCashListQuery>
