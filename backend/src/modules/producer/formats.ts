import { z } from "@medusajs/framework/zod"

/**
 * Formats of Indonesian identifiers a producer gives us. Shared by the admin
 * and producer APIs and the seed, so a number is judged the same way everywhere.
 */

/** WhatsApp numbers are stored E.164: +62, then 8-12 digits starting with 8 (mobile). */
export const WHATSAPP_E164 = /^\+628\d{7,11}$/

/** P-IRT: 15 digits written as 13 digits, a dash and the two-digit expiry year (e.g. 2063501010123-28). */
export const PIRT_NUMBER = /^\d{13}-\d{2}$/

/** BPOM registration: MD (domestic) or ML (imported), a space and 12 digits. */
export const BPOM_NUMBER = /^(MD|ML) \d{12}$/

/** BPJPH halal certificate (also issued for self-declare): ID followed by 14 to 17 digits. */
export const HALAL_NUMBER = /^ID\d{14,17}$/

/**
 * Accepts the ways people write an Indonesian mobile number (0812..., 62812...,
 * +62 812-..., with spaces or dashes) and returns it in E.164, or undefined.
 */
export function normaliseWhatsapp(input: string): string | undefined {
  const digits = input.replace(/[\s\-().]/g, "")
  const e164 = digits.startsWith("+62") ? digits : digits.startsWith("62") ? `+${digits}` : digits.startsWith("0") ? `+62${digits.slice(1)}` : digits
  return WHATSAPP_E164.test(e164) ? e164 : undefined
}

export const whatsappSchema = z.string().transform((value, ctx) => {
  const normalised = normaliseWhatsapp(value)
  if (!normalised) {
    ctx.addIssue({
      code: "custom",
      message:
        "whatsapp: Nomor WhatsApp tidak valid: gunakan nomor HP Indonesia, mis. +6281234567890 / WhatsApp number must be an Indonesian mobile number, e.g. +6281234567890",
    })
    return z.NEVER
  }
  return normalised
})

const isoDate = z.iso.date()

export const pirtLicenceSchema = z.strictObject({
  number: z
    .string()
    .regex(
      PIRT_NUMBER,
      "pirt.number: Nomor P-IRT harus 13 digit, tanda '-', lalu 2 digit tahun (mis. 2063501010123-28) / P-IRT number must be 13 digits, '-', 2 digits"
    ),
  expires_on: isoDate,
})

export const bpomLicenceSchema = z.strictObject({
  number: z
    .string()
    .regex(
      BPOM_NUMBER,
      "bpom.number: Nomor BPOM harus 'MD' atau 'ML', spasi, lalu 12 digit (mis. MD 123456789012) / BPOM number must be MD or ML, a space and 12 digits"
    ),
})

export const halalLicenceSchema = z.strictObject({
  kind: z.enum(["certificate", "self_declare"]),
  number: z
    .string()
    .regex(HALAL_NUMBER, "halal.number: Nomor sertifikat halal harus 'ID' lalu 14-17 digit / Halal certificate number must be ID followed by 14-17 digits"),
  expires_on: isoDate.nullish(),
})

export type PirtLicence = z.infer<typeof pirtLicenceSchema>
export type BpomLicence = z.infer<typeof bpomLicenceSchema>
export type HalalLicence = z.infer<typeof halalLicenceSchema>

export const PRODUCER_STATUSES = ["pending", "active", "suspended"] as const

/** How a producer chooses to hear from the shop: new orders, curation decisions, their status. */
export const NOTIFY_CHANNELS = ["whatsapp", "email", "both"] as const
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number]
export const PRODUCT_TYPES = ["fresh_produce", "processed_food", "ready_to_eat", "non_food"] as const
export const LICENCE_KINDS = ["pirt", "bpom", "none"] as const
