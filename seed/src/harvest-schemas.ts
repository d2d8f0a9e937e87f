import { z } from "@medusajs/framework/zod"
import { HARVEST_UNITS, MAX_FORECAST } from "@pasar-desa/backend/src/modules/harvest/rules"
import { handleSchema } from "./catalogue-schemas"

/** A demo harvest: dates are days after the seed runs, so a demo seeded any day shows upcoming harvests. */
export const harvestSeedSchema = z.strictObject({
  product: handleSchema,
  in_days: z.number().int().min(0).max(365),
  forecast_quantity: z.number().int().positive().max(MAX_FORECAST),
  unit: z.enum(HARVEST_UNITS),
  note: z.string().min(5).nullable(),
})

/** One harvest per product, every product known to the catalogue. */
export function harvestsSeedSchema(productHandles: Set<string>) {
  return z.strictObject({ $comment: z.string().optional(), harvests: z.array(harvestSeedSchema).min(1) }).superRefine(({ harvests }, ctx) => {
    const seen = new Set<string>()
    harvests.forEach((harvest, index) => {
      if (!productHandles.has(harvest.product))
        ctx.addIssue({ code: "custom", path: ["harvests", index, "product"], message: `unknown product ${harvest.product}` })
      if (seen.has(harvest.product)) ctx.addIssue({ code: "custom", path: ["harvests", index, "product"], message: `second harvest for ${harvest.product}` })
      seen.add(harvest.product)
    })
  })
}

export type HarvestSeed = z.infer<typeof harvestSeedSchema>
