import { z } from "@medusajs/framework/zod"
import { TEXT_LIMITS } from "../../../lib/input-limits"
import { storeFileUrl } from "../../plumbing/picture-urls"
import { bpomLicenceSchema, halalLicenceSchema, NOTIFY_CHANNELS, pirtLicenceSchema, whatsappSchema } from "../../../modules/producer/formats"

/**
 * What a producer may change on their own profile. Handle, status, desa and
 * coordinator notes are the coordinator's; naming them is a 400 (strict).
 */
export const ProducerUpdateMe = z
  .strictObject({
    business_name: z.string().trim().min(3).max(TEXT_LIMITS.businessName),
    owner_name: z.string().trim().min(3).max(TEXT_LIMITS.ownerName),
    whatsapp: whatsappSchema,
    phone_public: z.boolean(),
    notify_by: z.enum(NOTIFY_CHANNELS),
    story: z.string().trim().min(20).max(TEXT_LIMITS.story),
    photo_url: storeFileUrl.nullable(),
    pirt: pirtLicenceSchema.nullable(),
    bpom: bpomLicenceSchema.nullable(),
    halal: halalLicenceSchema.nullable(),
  })
  .partial()

export type ProducerUpdateMeType = z.infer<typeof ProducerUpdateMe>

/** Everything the producer sees of themselves; licence documents stay with coordinators. */
export const PRODUCER_ME_FIELDS = [
  "id",
  "handle",
  "business_name",
  "owner_name",
  "whatsapp",
  "phone_public",
  "notify_by",
  "story",
  "photo_url",
  "status",
  "status_reason",
  "pirt_number",
  "pirt_expires_on",
  "bpom_number",
  "halal_kind",
  "halal_number",
  "halal_expires_on",
  "desa.id",
  "desa.name",
  "stock_location.id",
  "stock_location.name",
]
