import { z } from "@medusajs/framework/zod"
import { TEXT_LIMITS } from "../../../lib/input-limits"
import { bpomLicenceSchema, halalLicenceSchema, pirtLicenceSchema, whatsappSchema } from "../../../modules/producer/formats"

/** What a producer tells about themselves when signing up; the status is always pending. */
export const ProducerRegister = z.strictObject({
  handle: z
    .string()
    .max(TEXT_LIMITS.handle)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "handle: huruf kecil, angka dan '-' / lowercase letters, digits and '-'"),
  business_name: z.string().trim().min(3).max(TEXT_LIMITS.businessName),
  owner_name: z.string().trim().min(3).max(TEXT_LIMITS.ownerName),
  desa_id: z.string().min(1).max(TEXT_LIMITS.id),
  whatsapp: whatsappSchema,
  story: z.string().trim().min(20).max(TEXT_LIMITS.story),
  pirt: pirtLicenceSchema.nullish(),
  bpom: bpomLicenceSchema.nullish(),
  halal: halalLicenceSchema.nullish(),
})

export const ProducerAcceptInvite = z.strictObject({ token: z.string().min(1).max(TEXT_LIMITS.token) })

export type ProducerRegisterType = z.infer<typeof ProducerRegister>
export type ProducerAcceptInviteType = z.infer<typeof ProducerAcceptInvite>
