/** The rules a harvest must follow, shared by the workflow, the store route and the search document. */
import { pacitanDay } from "../../lib/time/pacitan-day"

export { pacitanDay }

export const HARVEST_UNITS = ["kg", "ton", "buah", "ikat", "tandan"] as const
export type HarvestUnit = (typeof HARVEST_UNITS)[number]

/** A forecast above this is a typing mistake, not a village harvest. */
export const MAX_FORECAST = 1_000_000

export type HarvestInput = {
  expected_on: string
  forecast_quantity: number
  unit?: HarvestUnit
  note?: string | null
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A YYYY-MM-DD day moved by whole days, for dates relative to today. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** A real calendar day: month 13 is an Invalid Date, whose toISOString() would throw (a 500, not a 400). */
export function isRealDay(day: unknown): day is string {
  if (typeof day !== "string" || !DAY.test(day)) return false
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

/** What is wrong with a harvest, one bilingual message per field; empty when it may be saved. */
export function harvestProblems(input: HarvestInput, today: string): string[] {
  const problems: string[] = []
  if (typeof input.expected_on !== "string" || !isRealDay(input.expected_on)) {
    problems.push("expected_on: tanggal panen harus berformat YYYY-MM-DD / harvest date must be YYYY-MM-DD")
  } else if (input.expected_on < today) {
    problems.push(`expected_on: tanggal panen ${input.expected_on} sudah lewat / harvest date is in the past`)
  }
  if (!Number.isInteger(input.forecast_quantity) || input.forecast_quantity <= 0 || input.forecast_quantity > MAX_FORECAST) {
    problems.push(
      `forecast_quantity: perkiraan hasil panen harus bilangan bulat 1 sampai ${MAX_FORECAST} / forecast must be a whole number from 1 to ${MAX_FORECAST}`
    )
  }
  if (input.unit !== undefined && !HARVEST_UNITS.includes(input.unit)) {
    problems.push(`unit: satuan harus salah satu dari ${HARVEST_UNITS.join(", ")} / unit must be one of ${HARVEST_UNITS.join(", ")}`)
  }
  return problems
}

/** Whether a stored harvest date is today or later in Pacitan: past harvests are never shown to buyers. */
export function isUpcoming(expectedOn: string | Date | null | undefined, today: string): boolean {
  if (!expectedOn) return false
  return new Date(expectedOn).toISOString().slice(0, 10) >= today
}
