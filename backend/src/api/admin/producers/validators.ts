import { z } from "@medusajs/framework/zod"
import { bpomLicenceSchema, halalLicenceSchema, pirtLicenceSchema, PRODUCER_STATUSES, whatsappSchema } from "../../../modules/producer/formats"
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
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

export const AdminInviteProducer = z.strictObject({ email: z.email() })

export type AdminInviteProducerType = z.infer<typeof AdminInviteProducer>
export type AdminListProducersQueryType = z.infer<typeof AdminListProducersQuery>
export type AdminCreateProducerType = z.infer<typeof AdminCreateProducer>
export type AdminUpdateProducerType = z.infer<typeof AdminUpdateProducer>
