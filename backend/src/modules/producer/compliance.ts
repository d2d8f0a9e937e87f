import { z } from "@medusajs/framework/zod"
import { LICENCE_KINDS, PRODUCT_TYPES } from "./formats"
import { TEXT_LIMITS } from "../../lib/input-limits"

export const complianceSchema = z.strictObject({
  product_type: z.enum(PRODUCT_TYPES),
  net_quantity: z.string().max(TEXT_LIMITS.netQuantity).nullish(),
  ingredients: z.string().max(TEXT_LIMITS.ingredients).nullish(),
  shelf_life_days: z.number().int().positive().nullish(),
  storage: z.string().max(TEXT_LIMITS.storage).nullish(),
  licence: z.enum(LICENCE_KINDS).default("none"),
  halal: z.boolean().default(false),
})

/** `additional_data` a product is created with: its producer, and its food compliance (for all, or per handle). */
export const productProducerDataSchema = z.object({
  producer_id: z.string().optional(),
  compliance: complianceSchema.optional(),
  compliance_by_handle: z.record(z.string(), complianceSchema).optional(),
})
