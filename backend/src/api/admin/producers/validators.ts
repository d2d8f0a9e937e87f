import { z } from "@medusajs/framework/zod"
import { bpomLicenceSchema, halalLicenceSchema, pirtLicenceSchema, PRODUCER_STATUSES, whatsappSchema } from "../../../modules/producer/formats"
import { EXPIRY_WARNING_DAYS } from "../../../modules/producer/licence-expiry"
import { TEXT_LIMITS } from "../../../lib/input-limits"
import { storeFileUrl } from "../../plumbing/picture-urls"

const handle = z
  .string()
  .max(TEXT_LIMITS.handle)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle: huruf kecil, angka dan '-' / lowercase letters, digits and '-'")

const producerFields = {
  handle,
  business_name: z.string().trim().min(3).max(120),
  owner_name: z.string().trim().min(3).max(120),
  whatsapp: whatsappSchema,
  phone_public: z.boolean().optional(),
  story: z.string().trim().min(20).max(2000),
  photo_url: storeFileUrl.nullish(),
  status: z.enum(PRODUCER_STATUSES).optional(),
  pirt: pirtLicenceSchema.nullish(),
  bpom: bpomLicenceSchema.nullish(),
  halal: halalLicenceSchema.nullish(),
}

export const AdminCreateProducer = z.strictObject({ ...producerFields, desa_id: z.string().min(1) })
export const AdminUpdateProducer = z.strictObject({ ...producerFields, status_reason: z.string().trim().max(500).nullish() }).partial()

export const AdminListProducersQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).optional(),
  status: z.enum(PRODUCER_STATUSES).optional(),
  kecamatan_id: z.string({ message: "kecamatan_id: harus teks / must be text" }).trim().min(1).max(64).optional(),
  // A pattern, not z.enum: Medusa rewrites an enum's error into English-only text.
  licence: z
    .string({ message: "licence: harus teks / must be text" })
    .regex(/^expiring$/, `licence: hanya 'expiring' (izin berakhir dalam ${EXPIRY_WARNING_DAYS} hari atau sudah kedaluwarsa) / only 'expiring'`)
    .transform((licence) => licence as "expiring")
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminInviteProducer = z.strictObject({ email: z.email() })

/** A payout the centre made: whole rupiah, the bank's reference, the day it was paid. */
export const AdminRecordPayout = z.strictObject({
  amount: z
    .number({ message: "amount: harus angka rupiah / must be a number" })
    .int("amount: rupiah bulat, tanpa sen / whole rupiah")
    .min(1, "amount: paling sedikit Rp 1 / at least 1")
    .max(1_000_000_000, "amount: paling banyak Rp 1.000.000.000 / too large"),
  reference: z
    .string({ message: "reference: harus teks / must be text" })
    .trim()
    .min(3, "reference: tulis nomor atau berita transfer (paling sedikit 3 huruf) / too short")
    .max(60, "reference: paling banyak 60 huruf / too long"),
  paid_on: z.iso.date({ message: "paid_on: tanggal seperti 2026-12-04 / a date like 2026-12-04" }),
})

/** A CSV import of a producer's products: `dry_run=true` answers the report and stores nothing. */
export const AdminImportProductsQuery = z.strictObject({
  dry_run: z
    .enum(["true", "false"], { message: "dry_run: isi true atau false / true or false" })
    .transform((value) => value === "true")
    .optional(),
})

export type AdminImportProductsQueryType = z.infer<typeof AdminImportProductsQuery>
export type AdminInviteProducerType = z.infer<typeof AdminInviteProducer>
export type AdminRecordPayoutType = z.infer<typeof AdminRecordPayout>
export type AdminListProducersQueryType = z.infer<typeof AdminListProducersQuery>
export type AdminCreateProducerType = z.infer<typeof AdminCreateProducer>
export type AdminUpdateProducerType = z.infer<typeof AdminUpdateProducer>
