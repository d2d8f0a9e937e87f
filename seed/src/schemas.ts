import { z } from "@medusajs/framework/zod"

const rupiah = z.number().int().nonnegative()

/** The tariff a shipping option carries; the backend's delivery provider prices from it (backend/src/modules/delivery/tariff.ts). */
const deliveryRateSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("pickup") }),
  z.object({
    kind: z.literal("courier"),
    kabupaten: z.string().min(1),
    kecamatan: z.array(z.object({ handle: z.string().min(1), name: z.string().min(1), amount: rupiah })).min(1),
  }),
  z.object({
    kind: z.literal("expedition"),
    kabupaten: z.string().min(1),
    bands: z.array(z.object({ up_to_grams: z.number().int().positive(), amount: rupiah })).min(1),
    per_kg_above: rupiah,
  }),
])

export const storeSeedSchema = z.object({
  $comment: z.string().optional(),
  storeName: z.string().min(1),
  region: z.object({
    name: z.string().min(1),
    currencyCode: z.literal("idr"),
    countries: z.array(z.string().length(2)).min(1),
  }),
  salesChannel: z.object({ name: z.string().min(1), description: z.string() }),
  publishableKeyTitle: z.string().min(1),
  shipping: z.object({
    profileName: z.string().min(1),
    fulfillmentSetName: z.string().min(1),
    serviceZoneName: z.string().min(1),
    options: z.array(z.object({ code: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1), description: z.string(), rate: deliveryRateSchema })).min(1),
  }),
  stockLocation: z.object({
    name: z.string().min(1),
    address: z.object({
      address_1: z.string(),
      city: z.string(),
      province: z.string(),
      postal_code: z.string().regex(/^\d{5}$/),
      country_code: z.string().length(2),
    }),
  }),
})

export const DEMO_ROLES = ["coordinator", "producer", "buyer"] as const

export const demoAccountSchema = z.object({
  role: z.enum(DEMO_ROLES),
  email: z.email(),
  password: z.string().min(12),
})

export type StoreSeed = z.infer<typeof storeSeedSchema>
export type DemoAccount = z.infer<typeof demoAccountSchema>
