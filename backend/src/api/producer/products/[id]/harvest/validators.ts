import { z } from "@medusajs/framework/zod"
import { TEXT_LIMITS } from "../../../../../lib/input-limits"
import { HARVEST_UNITS, isRealDay, MAX_FORECAST, type HarvestUnit } from "../../../../../modules/harvest/rules"

/**
 * Each field is checked by a refinement rather than zod's typed checks: Medusa
 * rewrites zod's own type and range messages into English, but passes a custom
 * message through, so the producer reads which field is wrong in Indonesian.
 * A refinement has no type JSON Schema can show: `documented` tells the
 * OpenAPI document (GET /openapi.json) what the check accepts.
 */
function field<T>(check: (value: unknown) => boolean, message: string, documented: Record<string, unknown>) {
  return z
    .unknown()
    .refine(check, message)
    .transform((value) => value as T)
    .meta(documented)
}

const whole = (value: unknown) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_FORECAST

/**
 * A product's next harvest as the producer sets it. Unknown keys are refused
 * (strict); the date-in-the-past rule stays in the workflow, which knows today in Pacitan.
 */
export const ProducerSetHarvest = z.strictObject({
  expected_on: field<string>(isRealDay, "expected_on: tanggal panen harus berformat YYYY-MM-DD / harvest date must be YYYY-MM-DD", {
    type: "string",
    format: "date",
  }),
  forecast_quantity: field<number>(
    whole,
    `forecast_quantity: perkiraan hasil panen harus bilangan bulat 1 sampai ${MAX_FORECAST} / forecast must be a whole number from 1 to ${MAX_FORECAST}`,
    { type: "integer", minimum: 1, maximum: MAX_FORECAST }
  ),
  // Optional (the check already let a missing unit and note through; `.optional()` tells the document so).
  unit: field<HarvestUnit | undefined>(
    (value) => value === undefined || HARVEST_UNITS.includes(value as HarvestUnit),
    `unit: satuan harus salah satu dari ${HARVEST_UNITS.join(", ")} / unit must be one of ${HARVEST_UNITS.join(", ")}`,
    { type: "string", enum: [...HARVEST_UNITS] }
  ).optional(),
  note: field<string | null | undefined>(
    (value) => value === undefined || value === null || (typeof value === "string" && value.trim().length <= TEXT_LIMITS.harvestNote),
    `note: catatan panen paling panjang ${TEXT_LIMITS.harvestNote} huruf / at most ${TEXT_LIMITS.harvestNote} characters`,
    { type: ["string", "null"], maxLength: TEXT_LIMITS.harvestNote }
  )
    .transform((value) => (typeof value === "string" ? value.trim() || null : value))
    .optional(),
})

export type ProducerSetHarvestType = z.infer<typeof ProducerSetHarvest>

/**
 * The actual harvest, in the harvest's unit: a whole number, 0 when the crop
 * failed (every pre-order the shelf cannot cover is then canceled).
 */
export const ProducerRecordHarvest = z.strictObject({
  quantity: field<number>(
    (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_FORECAST,
    `quantity: hasil panen harus bilangan bulat 0 sampai ${MAX_FORECAST} / harvested quantity must be a whole number from 0 to ${MAX_FORECAST}`,
    { type: "integer", minimum: 0, maximum: MAX_FORECAST }
  ),
})

export type ProducerRecordHarvestType = z.infer<typeof ProducerRecordHarvest>
