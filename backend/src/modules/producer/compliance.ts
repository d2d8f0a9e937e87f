import { z } from "@medusajs/framework/zod"
import { LICENCE_KINDS, PRODUCT_TYPES } from "./formats"

export const complianceSchema = z.strictObject({
  product_type: z.enum(PRODUCT_TYPES),
  net_quantity: z.string().nullish(),
  ingredients: z.string().nullish(),
  shelf_life_days: z.number().int().positive().nullish(),
  storage: z.string().nullish(),
  licence: z.enum(LICENCE_KINDS).default("none"),
  halal: z.boolean().default(false),
})

/** `additional_data` a product is created with: its producer, and its food compliance (for all, or per handle). */
export const productProducerDataSchema = z.object({
  producer_id: z.string().optional(),
  compliance: complianceSchema.optional(),
  compliance_by_handle: z.record(z.string(), complianceSchema).optional(),
})

